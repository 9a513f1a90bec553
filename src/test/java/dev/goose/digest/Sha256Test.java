package dev.goose.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class Sha256Test {

    @Test
    void matchesThePublishedTestVectors() {
        // FIPS 180-2, appendix B.1 and the empty message.
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void partsAreHashedOneAfterAnother() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] bc = "bc".getBytes(StandardCharsets.UTF_8);
        assertThat(Sha256.hex(a, bc)).isEqualTo(Sha256.hex("abc"));
        assertThat(Sha256.of(a, bc)).hasSize(32);
    }

    @Test
    void textIsHashedAsUtf8() {
        assertThat(Sha256.hex("é")).isEqualTo(Sha256.hex("é".getBytes(StandardCharsets.UTF_8)));
    }
}

package dev.goose.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Caffeine;

@Tag("unit")
class VerifiedPasswordsTest {

    private final VerifiedPasswords verified = new VerifiedPasswords(Caffeine.newBuilder().build());

    @Test
    void aPasswordIsKnownOnlyAfterItMatchedThatHash() {
        assertThat(verified.known("a@b.io", "secret one", "$2a$hash1")).isFalse();
        verified.remember("a@b.io", "secret one", "$2a$hash1");
        assertThat(verified.known("a@b.io", "secret one", "$2a$hash1")).isTrue();
    }

    @Test
    void aChangedHashOrAnotherPasswordOrPersonIsNotKnown() {
        verified.remember("a@b.io", "secret one", "$2a$hash1");
        assertThat(verified.known("a@b.io", "secret one", "$2a$hash2")).isFalse();
        assertThat(verified.known("a@b.io", "secret two", "$2a$hash1")).isFalse();
        assertThat(verified.known("c@b.io", "secret one", "$2a$hash1")).isFalse();
        assertThat(verified.known("a@b.io", "secret one", null)).isFalse();
    }
}

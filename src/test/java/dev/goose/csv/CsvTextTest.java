package dev.goose.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CsvTextTest {

    private static byte[] bytes(String before, int bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.write(bad);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void utf8IsDecodedAndAByteOrderMarkDropped() {
        byte[] withBom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b' };
        assertThat(CsvText.decode(withBom)).isEqualTo("a,b");
        assertThat(CsvText.decode("Café,Zürich".getBytes(StandardCharsets.UTF_8))).isEqualTo("Café,Zürich");
        assertThat(CsvText.decode(null)).isEmpty();
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedWithItsRowAndColumn() {
        assertThatThrownBy(() -> CsvText.decode(bytes("name,account\nFine,Acme\nCaf", 0xE9, ",Acme\n")))
                .isInstanceOfSatisfying(CsvText.Unreadable.class, e -> {
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("name");
                    assertThat(e.getMessage()).contains("0xE9").contains("UTF-8");
                });
        assertThatThrownBy(() -> CsvText.decode(bytes("name,account\n\"Fine\",\"Ac", 0xFF, "me\"\n")))
                .isInstanceOfSatisfying(CsvText.Unreadable.class, e -> {
                    assertThat(e.row()).as("inside quotes: counted by lines").isEqualTo(2);
                });
        assertThatThrownBy(() -> CsvText.decode(bytes("name,account\nFine,Acme\n", 0xC0, "x,y\n")))
                .isInstanceOfSatisfying(CsvText.Unreadable.class, e -> {
                    assertThat(e.row()).as("at the start of a row").isEqualTo(3);
                    assertThat(e.column()).isEqualTo("name");
                });
        assertThatThrownBy(() -> CsvText.decode(bytes("name,acc", 0xFE, "ount\n")))
                .isInstanceOfSatisfying(CsvText.Unreadable.class, e -> assertThat(e.row()).isEqualTo(1));
    }

    @Test
    void everyCellWithANulCharacterIsFoundByRowAndColumnEvenAtTheEndOfACell() {
        assertThat(CsvText.nuls("name,account\nA\u0000,B\n\"C\",\"\u0000D\"\n")).extracting(CsvText.Unreadable::row,
                CsvText.Unreadable::column).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "name"),
                        org.assertj.core.groups.Tuple.tuple(3, "account"));
        assertThat(CsvText.nuls("name,account\nA,B\n")).isEmpty();
    }

    @Test
    void aNulCharacterIsFound() {
        assertThat(CsvText.hasNul("a\u0000b")).isTrue();
        assertThat(CsvText.hasNul("ab")).isFalse();
        assertThat(CsvText.hasNul(null)).isFalse();
    }
}

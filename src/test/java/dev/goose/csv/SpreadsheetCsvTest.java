package dev.goose.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+1", "-1", "@SUM(A1:A9)", "\tTab", "\rReturn", "=HYPERLINK(\"http://x.example\",\"x\")" })
    void textThatASpreadsheetWouldRunGetsALeadingApostrophe(String text) {
        assertThat(SpreadsheetCsv.cell(text)).isEqualTo("'" + text);
        assertThat(SpreadsheetCsv.plain(SpreadsheetCsv.cell(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Acme", "1+1", "a=b", "", "'quoted", "Ünïcode" })
    void otherTextIsWrittenAsItIs(String text) {
        assertThat(SpreadsheetCsv.cell(text)).isEqualTo(text);
        assertThat(SpreadsheetCsv.plain(text)).isEqualTo(text);
    }

    @Test
    void numbersDatesAndBooleansAreNotTextAndStayAsTheyAre() {
        assertThat(SpreadsheetCsv.cell(-5)).isEqualTo("-5");
        assertThat(SpreadsheetCsv.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(SpreadsheetCsv.cell(new BigDecimal("1E+3"))).as("plain, never exponent").isEqualTo("1000");
        assertThat(SpreadsheetCsv.cell(LocalDate.of(2027, 1, 31))).isEqualTo("2027-01-31");
        assertThat(SpreadsheetCsv.cell(true)).isEqualTo("true");
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
        assertThat(SpreadsheetCsv.cell("-5")).as("a number given as text is text").isEqualTo("'-5");
    }

    @Test
    void everyCellOfEveryRowIsNeutralisedAndQuotedAsCsvNeeds() {
        String csv = SpreadsheetCsv.write(List.of("name", "amount"),
                List.of(Arrays.asList("=cmd|' /C calc'!A0", new BigDecimal("5.00")), Arrays.asList("Acme, Inc.", null)));
        assertThat(csv).isEqualTo("name,amount\r\n'=cmd|' /C calc'!A0,5.00\r\n\"Acme, Inc.\",\r\n");
    }
}

package dev.goose.pipeline.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.pipeline.crm.DealCsv.CellError;
import dev.goose.pipeline.deal.DealViews;

@Tag("unit")
class DealCsvTest {

    @Test
    void rowsAreReadWithExactAmountsAndDates() {
        DealCsv.Parsed parsed = DealCsv.read("""
                name,account,amount,stage,expected_close,external_id,source
                Pilot,"Acme, Inc.",12500.50,discovery,2027-01-31,HS-1,hubspot
                Renewal,Globex,0,prospecting,,,
                """);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(DealCsv.Row::row, DealCsv.Row::account, DealCsv.Row::amount)
                .containsExactly(tuple(2, "Acme, Inc.", new BigDecimal("12500.50")), tuple(3, "Globex", new BigDecimal("0")));
        assertThat(parsed.rows().get(0).expectedClose()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(parsed.rows().get(1).externalId()).isNull();
        assertThat(parsed.rows().get(1).pipeline()).as("the pipeline column is optional").isNull();
    }

    @Test
    void aWrongHeaderIsReportedByColumnBeforeAnyRow() {
        assertThat(DealCsv.read("name,acount,amount\nX,Y,1\n").errors()).extracting(CellError::row, CellError::column)
                .containsExactlyInAnyOrder(tuple(1, "acount"), tuple(1, "account"), tuple(1, "stage"));
        assertThat(DealCsv.read("").errors()).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(1));
    }

    @Test
    void badCellsAreReportedByRowAndColumn() {
        DealCsv.Parsed parsed = DealCsv.read("""
                name,account,amount,stage,expected_close
                A,B,-3,demo,
                ,B,lots,demo,31/01/2027
                C,D,1.005,demo,
                """);
        assertThat(parsed.errors()).extracting(CellError::row, CellError::column).containsExactlyInAnyOrder(
                tuple(2, "amount"), tuple(3, "amount"), tuple(3, "expected_close"), tuple(3, "name"), tuple(4, "amount"));
    }

    @Test
    void anExportReadsBackAsTheSameDeals() {
        var deal = new DealViews.DealView(1L, "Pilot, phase 2", "Acme \"Labs\"", new BigDecimal("99.90"), new BigDecimal("40.25"), "EUR", 7L, "Rick",
                "renewals", "demo", "Demo", null, null, "HS-9", "hubspot", null, null, null, false);
        String csv = DealCsv.write(java.util.List.of(deal), owner -> "rick@goose.local");
        DealCsv.Parsed back = DealCsv.read(csv);
        assertThat(back.errors()).isEmpty();
        assertThat(back.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Pilot, phase 2");
            assertThat(row.account()).isEqualTo("Acme \"Labs\"");
            assertThat(row.amount()).isEqualByComparingTo("99.90");
            assertThat(row.ownerEmail()).isEqualTo("rick@goose.local");
            assertThat(row.pipeline()).isEqualTo("renewals");
            assertThat(row.margin()).isEqualByComparingTo("40.25");
            assertThat(row.marginGiven()).isTrue();
        });
    }

    @Test
    void aMarginIsOptionalAndIsNeverMoreThanTheAmount() {
        DealCsv.Parsed parsed = DealCsv.read("""
                name,account,amount,stage,margin
                Pilot,Acme,12500.50,discovery,4200.10
                Renewal,Globex,100,prospecting,
                Upsell,Initech,100,demo,100.01
                Cross-sell,Hooli,100,demo,-1
                Add-on,Umbrella,100,demo,a third
                """);
        assertThat(parsed.errors()).extracting(CellError::row, CellError::column, CellError::message).containsExactly(
                tuple(4, "margin", "The gross margin cannot be more than the amount (100)."),
                tuple(5, "margin", "The margin cannot be negative."),
                tuple(6, "margin", "'a third' is not a number like 12500.50."));
        assertThat(parsed.rows().get(0).margin()).isEqualByComparingTo("4200.10");
        assertThat(parsed.rows().get(1).margin()).as("an empty cell clears it").isNull();
        assertThat(parsed.rows().get(1).marginGiven()).isTrue();
        assertThat(DealCsv.read("name,account,amount,stage\nA,B,1,demo\n").rows()).singleElement()
                .satisfies(row -> assertThat(row.marginGiven()).as("without the column a deal keeps its margin").isFalse());
    }

    @Test
    void aNulCharacterAndAnAmountTooLargeToStoreAreProblemsOfTheirCell() {
        DealCsv.Parsed nul = DealCsv.read("name,account,amount,stage\nA\u0000,B,1,demo\nC,D,1,demo\n");
        assertThat(nul.errors()).extracting(CellError::row, CellError::column).containsExactly(tuple(2, "name"));
        assertThat(nul.rows()).as("a file with a NUL is refused whole").isEmpty();
        DealCsv.Parsed huge = DealCsv.read("name,account,amount,stage\nC,D,123456789012345678,demo\n");
        assertThat(huge.errors()).extracting(CellError::row, CellError::column).containsExactly(tuple(2, "amount"));
    }

    @Test
    void exportedTextThatLookedLikeAFormulaReadsBackWithoutItsApostrophe() {
        var deal = new DealViews.DealView(1L, "=1+2", "-Acme", new BigDecimal("5.00"), null, "EUR", 7L, "Rick",
                "default", "demo", "Demo", null, "@call", null, null, null, null, null, false);
        String csv = DealCsv.write(java.util.List.of(deal), owner -> "rick@goose.local");
        assertThat(csv).contains("'=1+2,'-Acme,5.00,EUR,demo").contains("'@call");
        assertThat(DealCsv.read(csv).rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("=1+2");
            assertThat(row.account()).isEqualTo("-Acme");
            assertThat(row.nextStep()).isEqualTo("@call");
        });
    }
}

package dev.goose.kpi.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MeasurementCsvTest {

    @Test
    void columnsAreReadByTheirHeaderInAnyOrder() {
        MeasurementCsv.Parsed parsed = MeasurementCsv.read("value,external_id,date,kpi,person\n3,A-1,2026-03-02,calls,ann@x.io\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new InputRow(2, "ann@x.io", "calls", "2026-03-02", "3", "A-1", null));
    }

    @Test
    void aByteOrderMarkWindowsLineEndsAndUpperCaseHeadersAreFine() {
        MeasurementCsv.Parsed parsed = MeasurementCsv.read("\uFEFFPerson,KPI,Date,Value,External_ID,Note\r\n"
                + "ann@x.io,calls,2026-03-02,3,A-1,\"after lunch, 3 calls\"\r\nbob@x.io,demos-held,2026-03-03,1,A-2,\r\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.rows().get(0).note()).isEqualTo("after lunch, 3 calls");
        assertThat(parsed.rows().get(1)).isEqualTo(new InputRow(3, "bob@x.io", "demos-held", "2026-03-03", "1", "A-2", null));
    }

    @Test
    void aMissingUnknownOrRepeatedColumnIsAProblemOfTheHeaderRow() {
        assertThat(MeasurementCsv.read("person,kpi,date,value\nann@x.io,calls,2026-03-02,3\n").problems())
                .containsExactly(new RowProblem(1, "external_id", "This column is missing."));
        assertThat(MeasurementCsv.read("person,kpi,date,value,external_id,colour\nx,y,z,1,a,red\n").problems())
                .extracting(RowProblem::column).containsExactly("colour");
        assertThat(MeasurementCsv.read("person,kpi,date,value,external_id,Value\nx,y,z,1,a,2\n").problems())
                .containsExactly(new RowProblem(1, "value", "This column appears twice."));
    }

    @Test
    void anEmptyFileOrAHeaderWithoutRowsSaysSo() {
        assertThat(MeasurementCsv.read("").problems()).extracting(RowProblem::row).containsExactly(1);
        assertThat(MeasurementCsv.read("person,kpi,date,value,external_id\n").problems())
                .containsExactly(new RowProblem(2, "", "There are no rows under the header."));
    }

    @Test
    void emptyCellsAndShortRowsReadAsMissing() {
        InputRow row = MeasurementCsv.read("person,kpi,date,value,external_id,note\nann@x.io, ,2026-03-02\n").rows().get(0);
        assertThat(row).isEqualTo(new InputRow(2, "ann@x.io", null, "2026-03-02", null, null, null));
    }

    @Test
    void brokenQuotingIsReportedNotThrown() {
        assertThat(MeasurementCsv.read("person,kpi,date,value,external_id\n\"ann@x.io,calls,2026-03-02,1,A\n").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("This is not CSV that can be read"));
    }
}

package dev.goose.kpi.measure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import dev.goose.csv.CsvHeader;
import dev.goose.csv.CsvText;
import dev.goose.csv.SpreadsheetCsv;

/**
 * Reads measurements from CSV text into rows of cells; the cells are checked by {@link ImportCheck}.
 * A header names the columns, in any order; a byte-order mark and Windows line ends are fine.
 */
final class MeasurementCsv {

    public static final String PERSON = "person";
    public static final String KPI = "kpi";
    public static final String DATE = "date";
    public static final String VALUE = "value";
    public static final String EXTERNAL_ID = "external_id";
    public static final String NOTE = "note";
    public static final List<String> COLUMNS = List.of(PERSON, KPI, DATE, VALUE, EXTERNAL_ID, NOTE);
    static final List<String> REQUIRED = List.of(PERSON, KPI, DATE, VALUE, EXTERNAL_ID);
    static final int MAX_ROWS = 10_000;

    private MeasurementCsv() {
    }

    /** The rows read, and the problems that stop the file being read at all (header, size, syntax). */
    public record Parsed(List<InputRow> rows, List<RowProblem> problems) {
    }

    public static Parsed read(String csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<RowProblem> nuls = CsvText.nuls(text).stream().map(n -> new RowProblem(n.row(), n.column(), n.getMessage())).toList();
        if (!nuls.isEmpty()) {
            return new Parsed(List.of(), nuls);
        }
        List<InputRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            CsvHeader.check(header, COLUMNS, REQUIRED, (column, message) -> problems.add(new RowProblem(1, column, message)));
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new RowProblem(row, "", "At most " + MAX_ROWS + " rows can be imported at once."));
                    break;
                }
                rows.add(new InputRow(row, cell(record, header, PERSON), cell(record, header, KPI), cell(record, header, DATE),
                        cell(record, header, VALUE), cell(record, header, EXTERNAL_ID), cell(record, header, NOTE)));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new RowProblem(0, "", "This is not CSV that can be read: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            problems.add(new RowProblem(0, "", "This is not CSV that can be read: " + e.getCause().getMessage()));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new RowProblem(2, "", "There are no rows under the header."));
        }
        return new Parsed(rows, problems);
    }

    /** The cell of a column, stripped; null when empty or when the row is short. */
    private static String cell(CSVRecord record, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = SpreadsheetCsv.plain(record.get(index).strip());
        return value.isEmpty() ? null : value;
    }
}

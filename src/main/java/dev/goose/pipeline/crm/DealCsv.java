package dev.goose.pipeline.crm;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.goose.csv.CsvHeader;
import dev.goose.csv.CsvText;
import dev.goose.csv.SpreadsheetCsv;
import dev.goose.pipeline.deal.DealViews.DealView;
import dev.goose.time.Dates;

/**
 * The CSV form of deals, both ways, as plain Java: reading checks every cell and says which row and
 * column is wrong; nothing here touches the database.
 */
public final class DealCsv {

    public static final List<String> COLUMNS = List.of("name", "account", "amount", "currency", "stage", "owner_email",
            "expected_close", "next_step", "external_id", "source", "pipeline", "margin");
    static final Set<String> REQUIRED = Set.of("name", "account", "amount", "stage");
    static final int MAX_ROWS = 10_000;

    private DealCsv() {
    }

    /** One problem, at a row (the header is row 1) and a column. */
    public record CellError(int row, String column, String message) {
    }

    /**
     * A row as read; the amounts and date are parsed, everything else is checked against the database later.
     * The pipeline (id or key) is optional: the deal's own, else the default. The gross margin is optional
     * too; {@code marginGiven} says whether the file has the column, so that a file without it leaves a
     * deal's margin as it is, while an empty cell clears it.
     */
    public record Row(int row, String name, String account, BigDecimal amount, String currency, String stage, String ownerEmail,
            LocalDate expectedClose, String nextStep, String externalId, String source, String pipeline, BigDecimal margin,
            boolean marginGiven) {
    }

    public record Parsed(List<Row> rows, List<CellError> errors) {
    }

    public static Parsed read(String csv) {
        List<CellError> nuls = CsvText.nuls(csv).stream().map(n -> new CellError(n.row(), n.column(), n.getMessage())).toList();
        if (!nuls.isEmpty()) {
            return new Parsed(List.of(), nuls);
        }
        List<Row> rows = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : csv.replace("\uFEFF", "")), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            CsvHeader.check(header, COLUMNS, REQUIRED, (column, message) -> errors.add(new CellError(1, column, message)));
            if (!errors.isEmpty()) {
                return new Parsed(List.of(), errors);
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (rows.size() >= MAX_ROWS) {
                    // refused whole, before any row is looked up
                    return new Parsed(List.of(), List.of(new CellError(row, "", "At most " + MAX_ROWS
                            + " rows can be imported at once; split the file.")));
                }
                rows.add(row(record, row, errors));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new CellError(0, "", "This is not CSV that can be read: " + e.getMessage()));
        } catch (java.io.UncheckedIOException e) {
            errors.add(new CellError(0, "", "This is not CSV that can be read: " + e.getCause().getMessage()));
        }
        return new Parsed(rows, errors);
    }

    private static Row row(CSVRecord record, int row, List<CellError> errors) {
        BigDecimal amount = amount(record, row, "amount", errors);
        if (amount == null && cell(record, "amount") == null) {
            errors.add(new CellError(row, "amount", "Give the amount, 0 if not known yet."));
        }
        BigDecimal margin = amount(record, row, "margin", errors);
        if (margin != null && amount != null && margin.compareTo(amount) > 0) {
            errors.add(new CellError(row, "margin", "The gross margin cannot be more than the amount (" + amount.toPlainString() + ")."));
        }
        String closeText = cell(record, "expected_close");
        LocalDate close = null;
        if (closeText != null) {
            try {
                close = Dates.parse(closeText);
            } catch (DateTimeParseException e) {
                errors.add(new CellError(row, "expected_close", "'" + closeText + "' is not a date like 2027-01-31."));
            }
        }
        for (String required : REQUIRED) {
            if (!"amount".equals(required) && cell(record, required) == null) {
                errors.add(new CellError(row, required, "This cell is empty."));
            }
        }
        return new Row(row, cell(record, "name"), cell(record, "account"), amount, cell(record, "currency"), cell(record, "stage"),
                cell(record, "owner_email"), close, cell(record, "next_step"), cell(record, "external_id"), cell(record, "source"),
                cell(record, "pipeline"), margin, record.getParser().getHeaderNames().stream().anyMatch("margin"::equalsIgnoreCase));
    }

    /** An amount of money in a cell, or null when the cell is empty or wrong (then with its error). */
    private static BigDecimal amount(CSVRecord record, int row, String column, List<CellError> errors) {
        String text = cell(record, column);
        if (text == null) {
            return null;
        }
        String wrong;
        try {
            BigDecimal amount = new BigDecimal(text);
            wrong = amount.signum() < 0 ? "The " + column + " cannot be negative."
                    : amount.scale() > 2 ? "Use at most 2 decimals."
                    : amount.precision() - amount.scale() > 17 ? "Use at most 17 digits before the decimal point." : null;
            if (wrong == null) {
                return amount;
            }
        } catch (NumberFormatException e) {
            wrong = "'" + text + "' is not a number like 12500.50.";
        }
        errors.add(new CellError(row, column, wrong));
        return null;
    }

    private static String cell(CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column) && record.isSet(name)) {
                String value = SpreadsheetCsv.plain(record.get(name).strip());
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The deals as CSV in the import's columns, so that an export can be imported again. */
    public static String write(List<DealView> deals, Function<Long, String> ownerEmail) {
        return SpreadsheetCsv.write(COLUMNS, deals.stream().map(deal -> Arrays.<Object>asList(deal.name(), deal.account(),
                deal.amount(), deal.currency(), deal.stage(), ownerEmail.apply(deal.ownerId()), deal.expectedClose(),
                deal.nextStep(), deal.externalId(), deal.source(), deal.pipeline(), deal.margin())).toList());
    }
}

package dev.goose.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every CSV export of Goose. Text comes from people (deal names, next steps, titles), and a
 * spreadsheet runs a cell starting with =, +, -, @, a tab or a carriage return as a formula, so
 * such text gets a leading apostrophe, as OWASP advises: the spreadsheet shows the text, and
 * {@link #plain} takes the apostrophe off again when the file is imported.
 *
 * <p>Numbers, dates and booleans are written as they are: they cannot be formulas, and a negative
 * number stays a number a spreadsheet can add up. Only text is neutralised, so a name such as
 * "-5" is written "'-5".
 */
public final class SpreadsheetCsv {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    /** A header and rows of cells (text, numbers, dates, booleans; null is empty) as CSV. */
    public static String write(List<String> header, Iterable<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                for (Object value : row) {
                    printer.print(cell(value));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One cell as written: text that a spreadsheet would run gets a leading apostrophe. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
            return value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A cell read back from an import: the apostrophe an export put before a formula character goes again. */
    public static String plain(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}

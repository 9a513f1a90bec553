package dev.goose.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The text of an uploaded CSV file. Bytes that are not UTF-8 are refused rather than stored as
 * replacement characters, as JSON with the same bytes is; the refusal names the row and, when the
 * header can be read, the column. A byte-order mark is dropped.
 */
public final class CsvText {

    /** Said of a cell holding a NUL character, which PostgreSQL cannot store and no spreadsheet shows. */
    public static final String NUL = "This cell holds a NUL character (\\u0000); remove it.";

    private CsvText() {
    }

    /** Why a file cannot be read, and where: the header is row 1; column is empty when unknown. */
    public static final class Unreadable extends RuntimeException {
        private final int row;
        private final String column;

        Unreadable(int row, String column, String message) {
            super(message);
            this.row = row;
            this.column = column;
        }

        public int row() {
            return row;
        }

        public String column() {
            return column;
        }
    }

    /** Decodes a file as UTF-8, strictly; null or empty is empty text. */
    public static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw where(out.flip().toString(), bytes[in.position()] & 0xff);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return withoutByteOrderMark(text);
    }

    /** Text already decoded (a form field), without its byte-order mark. */
    public static String withoutByteOrderMark(String text) {
        return text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether a cell holds a NUL character. */
    public static boolean hasNul(String cell) {
        return cell != null && cell.indexOf('\u0000') >= 0;
    }

    /**
     * Every cell of the text that holds a NUL character (the first hundred), by row and header name.
     * Read before the file is parsed for import, as a parser that trims cells would drop a NUL at either end.
     */
    public static List<Unreadable> nuls(String text) {
        if (text == null || text.indexOf('\u0000') < 0) {
            return List.of();
        }
        List<Unreadable> found = new java.util.ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(withoutByteOrderMark(text)), CSVFormat.DEFAULT)) {
            CSVRecord header = null;
            for (CSVRecord record : parser) {
                header = header == null ? record : header;
                for (int i = 0; i < record.size() && found.size() < 100; i++) {
                    if (hasNul(record.get(i))) {
                        String column = record != header && i < header.size() ? header.get(i).strip().toLowerCase(Locale.ROOT) : "";
                        found.add(new Unreadable((int) record.getRecordNumber(), column, NUL));
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (found.isEmpty()) {
                found.add(new Unreadable((int) text.substring(0, text.indexOf('\u0000')).chars().filter(c -> c == '\n').count() + 1,
                        "", NUL));
            }
        }
        return found;
    }

    /** The row and column of the first bad byte, read from the valid text before it. */
    private static Unreadable where(String before, int badByte) {
        String message = String.format(Locale.ROOT, "This file is not UTF-8 text: the byte 0x%02X cannot be read."
                + " Save it as CSV UTF-8 and import it again.", badByte);
        String text = withoutByteOrderMark(before);
        try (CSVParser parser = CSVParser.parse(new StringReader(text + "\n"), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return new Unreadable(1, "", message);
            }
            CSVRecord last = records.get(records.size() - 1);
            boolean atLineStart = text.endsWith("\n") || text.endsWith("\r");
            int row = (int) last.getRecordNumber() + (atLineStart ? 1 : 0);
            int index = atLineStart ? 0 : last.size() - 1;
            CSVRecord header = records.get(0);
            String column = row > 1 && index < header.size() ? header.get(index).strip().toLowerCase(Locale.ROOT) : "";
            return new Unreadable(row, column, message);
        } catch (IOException | RuntimeException unreadable) {
            // an open quote before the bad byte: count lines instead
            return new Unreadable((int) text.chars().filter(c -> c == '\n').count() + 1, "", message);
        }
    }
}

package dev.goose.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dates Goose takes in: years 1900 to 9999. Java reads years up to ±999,999,999, but H2 stores
 * such a year as another date and PostgreSQL refuses it, so anything outside is refused at the door
 * (JSON, forms, query parameters and files alike) instead of being stored wrong or failing later.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String OUT_OF_RANGE = "Give a date between the years 1900 and 9999.";

    private Dates() {
    }

    public static boolean inRange(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * Reads an ISO date (2026-01-31); one outside the range fails like any unreadable date, so
     * callers that catch {@link DateTimeParseException} refuse it with their own message.
     */
    public static LocalDate parse(CharSequence text) {
        LocalDate date = LocalDate.parse(text);
        if (!inRange(date)) {
            throw new OutOfRange(text);
        }
        return date;
    }

    /** Refuses a date already read (from epoch milliseconds, say) like an unreadable one. */
    public static LocalDate require(LocalDate date) {
        if (!inRange(date)) {
            throw new OutOfRange(date.toString());
        }
        return date;
    }

    /**
     * A readable date outside the range; its message is the one people should see (the input
     * collector in dev.goose.errors shows the message of any subclass of the JDK's parse failure).
     */
    public static final class OutOfRange extends DateTimeParseException {
        OutOfRange(CharSequence text) {
            super(OUT_OF_RANGE, text, 0);
        }
    }
}

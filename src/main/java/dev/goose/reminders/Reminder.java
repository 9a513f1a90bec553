package dev.goose.reminders;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing a person should do: read something, or finish something due soon or overdue.
 *
 * @param kind {@link #DUE_SOON}, {@link #OVERDUE} or {@link #UNACKNOWLEDGED}
 * @param text what to do, in a few words, for the email and the page
 * @param link where in Goose to do it: a path such as {@code /to-read/sales/stages}
 * @param due  the day it is due, or null when it has no date
 */
public record Reminder(String kind, String text, String link, LocalDate due) {

    public static final String DUE_SOON = "due-soon";
    public static final String OVERDUE = "overdue";
    public static final String UNACKNOWLEDGED = "unacknowledged";

    /** The kinds, in the order a person should see them: late things first. */
    public static final List<String> KINDS = List.of(OVERDUE, DUE_SOON, UNACKNOWLEDGED);

    public Reminder {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("A reminder is " + String.join(", ", KINDS) + ", not " + kind);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A reminder needs a text");
        }
    }

    public boolean isOverdue() {
        return OVERDUE.equals(kind);
    }

    public boolean isUnacknowledged() {
        return UNACKNOWLEDGED.equals(kind);
    }
}

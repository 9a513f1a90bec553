package dev.goose.playbook.markdown;

import java.time.LocalDate;

/**
 * A task-list item. Its id is stable across versions; it may fall due a number of days after a
 * start ({@code dueOffsetDays}) or on a fixed date, and may need a manager's sign-off.
 */
public record ChecklistItem(String id, String text, String section, Integer dueOffsetDays, LocalDate dueDate,
        boolean signOff, int line) {

    /** The due rule as written: "day 3", "week 2", a date, or empty. */
    public String dueLabel() {
        if (dueDate != null) {
            return dueDate.toString();
        }
        if (dueOffsetDays == null) {
            return "";
        }
        int day = dueOffsetDays + 1;
        return day % 7 == 0 ? "week " + day / 7 : "day " + day;
    }
}

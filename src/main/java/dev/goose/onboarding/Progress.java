package dev.goose.onboarding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.goose.playbook.markdown.ChecklistItem;

/**
 * How far a person is through their checklist on a given day, in exact counts; percentages are
 * only for display. Every item is in the denominator of both percentages, so that they compare
 * directly. An item without a due date is never expected by a date: doing it counts as ahead.
 * An item awaiting sign-off is not done yet, and not overdue either: the rep has done their part.
 *
 * @param total every item of the pinned version
 * @param finished items done (signed off where needed) or skipped
 * @param expected items due on or before the day, whatever their state
 * @param overdue open items whose due date is before the day
 * @param awaitingSignOff ticked items waiting for a manager
 * @param daysSinceStart 0 on the start day, negative before it
 */
public record Progress(int total, int finished, int expected, int overdue, int awaitingSignOff, long daysSinceStart) {

    public enum Status { AHEAD, ON_TRACK, BEHIND }

    /** The person's progress as it stands on {@code day}, usually today in the team's time zone. */
    public static Progress of(Checklist checklist, LocalDate start, WorkingWeek week, LocalDate day) {
        Map<String, LocalDate> due = checklist.dueDates(start, week);
        int finished = 0;
        int expected = 0;
        int overdue = 0;
        int awaiting = 0;
        for (ChecklistItem item : checklist.items()) {
            ItemState state = checklist.progressOf(item.id()).state();
            LocalDate dueDate = due.get(item.id());
            finished += state.isFinished() ? 1 : 0;
            awaiting += state == ItemState.AWAITING_SIGN_OFF ? 1 : 0;
            if (dueDate != null && !dueDate.isAfter(day)) {
                expected++;
                overdue += state == ItemState.OPEN && dueDate.isBefore(day) ? 1 : 0;
            }
        }
        return new Progress(checklist.items().size(), finished, expected, overdue, awaiting,
                ChronoUnit.DAYS.between(start, day));
    }

    /**
     * Behind when fewer items are finished than were due; ahead when more are and nothing is
     * overdue, since finishing later items does not make up for a missed one; else on track.
     */
    public Status status() {
        if (finished < expected) {
            return Status.BEHIND;
        }
        return finished > expected && overdue == 0 ? Status.AHEAD : Status.ON_TRACK;
    }

    /** Rounded down, so that 100% means everything and never 199 of 200. An empty checklist is 100% done. */
    public int percentDone() {
        return percent(finished);
    }

    /** Rounded down like {@link #percentDone()}; {@link #status()} compares the exact counts, not these. */
    public int percentExpected() {
        return percent(expected);
    }

    private int percent(int count) {
        return total == 0 ? 100 : count * 100 / total;
    }
}

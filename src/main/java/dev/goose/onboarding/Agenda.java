package dev.goose.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.goose.playbook.markdown.ChecklistItem;

/**
 * What a person's checklist asks of them on a day, as the new hire's page lists it: open items
 * overdue, due today and due in the six days after, and ticked items waiting for a manager. An
 * item waiting for sign-off is in that list only: the rep has done their part.
 *
 * @param overdue items due before the day, oldest first
 * @param today items due on the day
 * @param thisWeek items due in the six days after the day, soonest first
 * @param awaitingSignOff ticked items a manager has still to sign off, in the playbook's order
 */
public record Agenda(List<ChecklistItem> overdue, List<ChecklistItem> today, List<ChecklistItem> thisWeek,
        List<ChecklistItem> awaitingSignOff) {

    /** How far ahead "this week" looks: the day itself and six more make a week from any weekday. */
    public static final int WEEK_AHEAD_DAYS = 6;

    public Agenda {
        overdue = List.copyOf(overdue);
        today = List.copyOf(today);
        thisWeek = List.copyOf(thisWeek);
        awaitingSignOff = List.copyOf(awaitingSignOff);
    }

    public static Agenda of(Checklist checklist, LocalDate start, WorkingWeek week, LocalDate day) {
        Map<String, LocalDate> due = checklist.dueDates(start, week);
        List<ChecklistItem> overdue = new ArrayList<>();
        List<ChecklistItem> today = new ArrayList<>();
        List<ChecklistItem> soon = new ArrayList<>();
        List<ChecklistItem> awaiting = new ArrayList<>();
        LocalDate weekEnd = day.plusDays(WEEK_AHEAD_DAYS);
        for (ChecklistItem item : checklist.items()) {
            ItemState state = checklist.progressOf(item.id()).state();
            LocalDate date = due.get(item.id());
            if (state == ItemState.AWAITING_SIGN_OFF) {
                awaiting.add(item);
            } else if (state == ItemState.OPEN && date != null) {
                if (date.isBefore(day)) {
                    overdue.add(item);
                } else if (date.isEqual(day)) {
                    today.add(item);
                } else if (!date.isAfter(weekEnd)) {
                    soon.add(item);
                }
            }
        }
        // A manager's override can put a later item's date before an earlier one's: list by date.
        overdue.sort((a, b) -> due.get(a.id()).compareTo(due.get(b.id())));
        soon.sort((a, b) -> due.get(a.id()).compareTo(due.get(b.id())));
        return new Agenda(overdue, today, soon, awaiting);
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && today.isEmpty() && thisWeek.isEmpty() && awaitingSignOff.isEmpty();
    }
}

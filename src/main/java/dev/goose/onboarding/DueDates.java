package dev.goose.onboarding;

import java.time.LocalDate;
import java.util.Optional;

import dev.goose.playbook.markdown.ChecklistItem;

/**
 * When a person's checklist item falls due. A manager's override for that person wins; then a
 * date written in the playbook, taken as written even on a weekend, since the author chose it;
 * then an offset counted from the enrollment's start by the {@link WorkingWeek}. An item with
 * none of these has no due date.
 */
public final class DueDates {

    private DueDates() {
    }

    /** The item's due date by its rule alone, before any override. */
    public static Optional<LocalDate> byRule(ChecklistItem item, LocalDate start, WorkingWeek week) {
        if (item.dueDate() != null) {
            return Optional.of(item.dueDate());
        }
        if (item.dueOffsetDays() != null) {
            return Optional.of(week.dateAfter(start, item.dueOffsetDays()));
        }
        return Optional.empty();
    }

    /** The date the person sees: the override if a manager set one ({@code null} if not), else the rule's date. */
    public static Optional<LocalDate> of(ChecklistItem item, LocalDate start, WorkingWeek week, LocalDate override) {
        return override != null ? Optional.of(override) : byRule(item, start, week);
    }
}

package dev.goose.onboarding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How an item's due offset ("day 3", "week 2") becomes a date: counted in calendar days or in
 * working days, with the weekdays nobody works. A counted date that lands on a non-working day
 * moves to the next working day, so nobody is ever due earlier than the playbook says.
 */
public record WorkingWeek(Counting counting, Set<DayOfWeek> nonWorkingDays) {

    /** Whether an offset of n days means n calendar days or n working days. */
    public enum Counting { CALENDAR_DAYS, WORKING_DAYS }

    public WorkingWeek {
        Objects.requireNonNull(counting, "counting");
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(nonWorkingDays);
        if (days.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("A working week needs at least one working day.");
        }
        nonWorkingDays = Collections.unmodifiableSet(days);
    }

    /** The default: offsets in calendar days, Saturday and Sunday off. */
    public static WorkingWeek calendarDays() {
        return new WorkingWeek(Counting.CALENDAR_DAYS, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /** Offsets in working days, Saturday and Sunday off. */
    public static WorkingWeek workingDays() {
        return new WorkingWeek(Counting.WORKING_DAYS, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    public boolean isWorkingDay(LocalDate date) {
        return !nonWorkingDays.contains(date.getDayOfWeek());
    }

    /** The date itself if it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The date an offset from the start falls on. Offset 0 is the first day ("day 1"): the start
     * itself, or with working days the first working day on or after it.
     */
    public LocalDate dateAfter(LocalDate start, int offsetDays) {
        if (offsetDays < 0) {
            throw new IllegalArgumentException("A due offset counts forward from the start, not " + offsetDays + ".");
        }
        if (counting == Counting.CALENDAR_DAYS) {
            return workingDayOnOrAfter(start.plusDays(offsetDays));
        }
        // From a working day, each whole week holds the same number of working days and lands on the
        // same weekday, so only the remainder needs walking: a day-90 rule costs a few steps, not 90.
        int perWeek = DayOfWeek.values().length - nonWorkingDays.size();
        LocalDate day = workingDayOnOrAfter(start).plusWeeks(offsetDays / perWeek);
        for (int left = offsetDays % perWeek; left > 0;) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}

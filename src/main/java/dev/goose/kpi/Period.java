package dev.goose.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * One week, month or quarter as calendar dates, both ends inclusive. Periods are dates rather
 * than instants because a team reads "this week" on its own calendar: the instant is turned into
 * a date in the team's zone first, so a call logged late on Sunday in Chicago belongs to the week
 * that is ending there, not to the one already begun in UTC.
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    /** The period of this kind that holds the instant, read in the team's time zone. */
    public static Period containing(PeriodKind kind, Instant instant, ZoneId zone) {
        return containing(kind, LocalDate.ofInstant(instant, zone));
    }

    /** The period of this kind that holds the date. */
    public static Period containing(PeriodKind kind, LocalDate date) {
        LocalDate start = switch (kind) {
            case WEEK -> date.with(DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
        };
        return new Period(kind, start, endOf(kind, start));
    }

    private static LocalDate endOf(PeriodKind kind, LocalDate start) {
        return switch (kind) {
            case WEEK -> start.plusWeeks(1).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
        };
    }

    /** The period of the same kind that follows this one. */
    public Period next() {
        return containing(kind, end.plusDays(1));
    }

    /** How many calendar days the period has: 7, 28 to 31, or 90 to 92. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * How many days of the period count as elapsed on the given date, for pace. Today counts: a rep
     * looking at pace during the day sees where they should be by tonight, so on the first day one
     * day of seven is expected and on the last day the whole target. Before the period nothing has
     * elapsed; after it, all of it.
     */
    public int elapsedDays(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        if (today.isAfter(end)) {
            return days();
        }
        return (int) ChronoUnit.DAYS.between(start, today) + 1;
    }

    /** The elapsed days at the moment given, read in the team's time zone. */
    public int elapsedDays(Instant now, ZoneId zone) {
        return elapsedDays(LocalDate.ofInstant(now, zone));
    }
}

package dev.goose.incentive.plan;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How often a plan pays, and so how many pay periods its year has. */
public enum PayPeriod {
    MONTH(12), QUARTER(4);

    private final int perYear;

    PayPeriod(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    /** The period of this kind that holds the day: its first day. */
    public LocalDate startOf(LocalDate day) {
        return this == MONTH ? day.withDayOfMonth(1) : day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate endOf(LocalDate start) {
        return next(start).minusDays(1);
    }

    /** The first day of the period after the one that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return start.plusMonths(12 / perYear);
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The period whose {@link #key()} this is ("month", "quarter"), or empty for anything else. */
    public static java.util.Optional<PayPeriod> ofKey(String key) {
        for (PayPeriod period : values()) {
            if (period.key().equals(key)) {
                return java.util.Optional.of(period);
            }
        }
        return java.util.Optional.empty();
    }
}

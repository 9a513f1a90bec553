package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.goose.errors.InvalidInput;
import dev.goose.kpi.KpiChoices;
import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.RampFrom;
import dev.goose.kpi.Unit;

/**
 * The rules on a target's own fields, each adding its error to the collector by field name so that
 * one answer names them all. Periods are normalised: the first period to the start of the period
 * holding the date given, the last to the end of the one holding its date.
 */
final class TargetCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** numeric(19, 4): fifteen digits before the point. */
    private static final BigDecimal TOO_BIG = new BigDecimal("1000000000000000");

    private TargetCheck() {
    }

    public static PeriodKind kind(InvalidInput.Collector errors, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add("kind", "Choose the period: " + KpiChoices.allowed(PeriodKind.class) + ".");
            return null;
        }
        return KpiChoices.parse(PeriodKind.class, raw).orElseGet(() -> {
            errors.add("kind", "Use one of " + KpiChoices.allowed(PeriodKind.class) + ".");
            return null;
        });
    }

    /** The full value: required, not negative, at most four decimals, and at most 100 for a percent. */
    public static BigDecimal value(InvalidInput.Collector errors, String field, BigDecimal value, Unit unit) {
        if (value == null) {
            errors.add(field, "Enter the target for one period.");
        } else if (value.signum() < 0) {
            errors.add(field, "A target cannot be negative.");
        } else if (value.stripTrailingZeros().scale() > 4) {
            errors.add(field, "Use at most four decimals.");
        } else if (value.compareTo(TOO_BIG) >= 0) {
            errors.add(field, "Use a target below 1,000,000,000,000,000.");
        } else if (unit == Unit.PERCENT && value.compareTo(HUNDRED) > 0) {
            errors.add(field, "A percent target is at most 100.");
        } else {
            return value;
        }
        return null;
    }

    /** The first day of the period holding the date; an error when there is none. */
    public static LocalDate start(InvalidInput.Collector errors, PeriodKind kind, LocalDate firstPeriod) {
        if (firstPeriod == null) {
            errors.add("firstPeriod", "Choose the first period the target applies to.");
            return null;
        }
        return kind == null ? null : Period.containing(kind, firstPeriod).start();
    }

    /** The last day of the period holding the date, or null for a target that runs on. */
    public static LocalDate end(InvalidInput.Collector errors, PeriodKind kind, LocalDate start, LocalDate lastPeriod) {
        if (lastPeriod == null || kind == null) {
            return null;
        }
        LocalDate end = Period.containing(kind, lastPeriod).end();
        if (start != null && end.isBefore(start)) {
            errors.add("lastPeriod", "The last period cannot come before the first (" + start + ").");
            return null;
        }
        return end;
    }

    /** The stored ramp ("25,50,75,100") or null; only a rep's target ramps up. */
    public static String ramp(InvalidInput.Collector errors, List<BigDecimal> percents, boolean forTeam) {
        if (percents == null || percents.isEmpty()) {
            return null;
        }
        if (forTeam) {
            errors.add("ramp", "Only a rep's target has a ramp; a team's target applies in full.");
            return null;
        }
        return RampSteps.problem(percents).map(problem -> {
            errors.add("ramp", problem);
            return (String) null;
        }).orElseGet(() -> RampSteps.format(percents));
    }

    /** What the ramp counts from: onboarding unless hire is asked for; nothing without a ramp. */
    public static RampFrom rampFrom(InvalidInput.Collector errors, String raw, String ramp) {
        RampFrom from = null;
        if (raw != null && !raw.isBlank()) {
            from = KpiChoices.parse(RampFrom.class, raw).orElse(null);
            if (from == null) {
                errors.add("rampFrom", "Use one of " + KpiChoices.allowed(RampFrom.class) + ".");
            }
        }
        if (ramp == null) {
            return null;
        }
        return from == null ? RampFrom.ONBOARDING : from;
    }
}

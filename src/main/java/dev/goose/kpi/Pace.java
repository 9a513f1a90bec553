package dev.goose.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rep should be by today and whether they are ahead, on pace or behind. For a cumulative
 * KPI the expected value is the target times the elapsed share of the period's days, today
 * included (see {@link Period#elapsedDays}); for a level KPI it is the target itself.
 *
 * @param expected the value expected by today to 16 significant digits; empty without a target
 */
public record Pace(BigDecimal actual, Optional<BigDecimal> expected, PaceStatus status) {

    public Pace {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Judges the actual against the target on the given day.
     *
     * @param target {@code null} or zero when the rep has no target: the status is then NO_TARGET
     */
    public static Pace of(PaceRule rule, BigDecimal actual, BigDecimal target, Period period, LocalDate today) {
        if (!new Attainment(actual, target).hasTarget()) {
            return new Pace(actual, Optional.empty(), PaceStatus.NO_TARGET);
        }
        // Compared as fractions cross-multiplied by the period's days, so a target of 10 over a
        // 7-day week needs no rounding: actual x days against target x elapsed.
        boolean cumulative = rule.accrual() == Accrual.CUMULATIVE;
        BigDecimal days = BigDecimal.valueOf(cumulative ? period.days() : 1);
        BigDecimal elapsed = BigDecimal.valueOf(cumulative ? period.elapsedDays(today) : 1);
        BigDecimal scaledActual = actual.multiply(days);
        BigDecimal scaledExpected = target.multiply(elapsed);
        BigDecimal band = scaledExpected.multiply(rule.tolerance());

        int side;
        if (scaledActual.compareTo(scaledExpected.add(band)) > 0) {
            side = 1;
        } else if (scaledActual.compareTo(scaledExpected.subtract(band)) < 0) {
            side = -1;
        } else {
            side = 0;
        }
        if (rule.direction() == Direction.LOWER_IS_BETTER) {
            side = -side;
        }
        PaceStatus status = side > 0 ? PaceStatus.AHEAD : side < 0 ? PaceStatus.BEHIND : PaceStatus.ON_PACE;
        return new Pace(actual, new Ratio(scaledExpected, days).value(), status);
    }
}

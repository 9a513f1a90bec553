package dev.goose.kpi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a KPI needs to be judged for pace: which way is good, whether it builds up over the
 * period, and how far from the expected value still counts as on pace, as a fraction of it.
 */
public record PaceRule(Direction direction, Accrual accrual, BigDecimal tolerance) {

    /** Within 5% of the expected value either way is on pace. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

    public PaceRule {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(accrual, "accrual");
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("tolerance is a fraction from 0 up to, not including, 1");
        }
    }

    public static PaceRule of(Direction direction, Accrual accrual) {
        return new PaceRule(direction, accrual, DEFAULT_TOLERANCE);
    }
}

package dev.goose.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Actual against target for one KPI in one period. A missing or zero target is a normal case, a
 * rep without a target for that KPI, so it yields "no target" and never a division error. The
 * ratio is always actual over target; for a lower-is-better KPI, below 100% is the good side.
 */
public record Attainment(BigDecimal actual, BigDecimal target) {

    public static final String NO_TARGET = "no target";

    /** @param target {@code null} when the rep has no target for the period */
    public Attainment {
        Objects.requireNonNull(actual, "actual");
        if (target != null && target.signum() < 0) {
            throw new IllegalArgumentException("a target cannot be negative");
        }
    }

    public boolean hasTarget() {
        return target != null && target.signum() != 0;
    }

    /** Actual over target to 16 significant digits, or empty without a target. */
    public Optional<BigDecimal> ratio() {
        return hasTarget() ? new Ratio(actual, target).value() : Optional.empty();
    }

    /** For display only: "83%" or "no target". */
    public String display() {
        return hasTarget() ? new Ratio(actual, target).percentOr(NO_TARGET) : NO_TARGET;
    }
}

package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A change to a target: its full value, its ramp and its last period (any day in it; none for open).
 * The KPI, subject, kind and first period stay: a different one is a new target.
 */
public record TargetChange(BigDecimal value, LocalDate lastPeriod, List<BigDecimal> ramp, String rampFrom) {

    public static TargetChange empty() {
        return new TargetChange(null, null, null, null);
    }
}

package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new target: a KPI by key, a rep (person) or a team, a kind (week, month or quarter), the full
 * value per period, the first period (any day in it) and optionally the last (any day in it), and
 * for a rep an optional ramp of monthly percents counted from their onboarding start or hire date
 * (rampFrom: onboarding, the default, or hire).
 */
public record TargetRequest(String kpi, Long person, Long team, String kind, BigDecimal value, LocalDate firstPeriod,
        LocalDate lastPeriod, List<BigDecimal> ramp, String rampFrom) {

    public static TargetRequest empty() {
        return new TargetRequest(null, null, null, null, null, null, null, null, null);
    }
}

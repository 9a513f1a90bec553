package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A target as the API and pages show it. effectiveNow is the target for the period holding today
 * in the subject's time zone, after the ramp, unrounded; null when the target does not cover that
 * period.
 */
public record TargetView(Long id, String kpi, String kpiName, String unit, Long person, String personName, Long team,
        String teamName, String kind, BigDecimal value, LocalDate firstPeriod, LocalDate lastPeriod,
        List<BigDecimal> ramp, String rampFrom, BigDecimal effectiveNow, String setBy, Instant setAt) {

    public String subjectName() {
        return person != null ? personName : teamName + " (team)";
    }

    /** The full value as people read it: "40", "12.5". */
    public String valueShown() {
        return shown(value);
    }

    /** The value this period, rounded to one decimal for reading; "—" when the target does not apply now. */
    public String effectiveNowShown() {
        return effectiveNow == null ? "—" : shown(effectiveNow.setScale(1, RoundingMode.HALF_UP));
    }

    /** "25, 50, 75, 100", or empty without a ramp. */
    public String rampShown() {
        return ramp.isEmpty() ? "" : String.join(", ", ramp.stream().map(RampSteps::plain).toList());
    }

    static String shown(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}

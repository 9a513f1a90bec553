package dev.goose.kpi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One stage of a funnel: how many deals entered it, how many of those later reached any later
 * stage, and how long completed stays in it lasted, in days to 16 significant digits.
 *
 * @param conversion advanced over entered; empty for the last stage, which has no next one, and
 *                   a ratio with a zero whole ("no deals") when no deal entered the stage
 * @param stays      how many completed stays with a known start the times are taken from
 */
public record StageConversion(String stage, int entered, int advanced, Optional<Ratio> conversion,
        int stays, Optional<BigDecimal> medianDays, Optional<BigDecimal> averageDays) {

    public static final String NO_DEALS = "no deals";

    /** For display only: "38%", "no deals", or an empty string for the last stage. */
    public String conversionDisplay() {
        return conversion.map(ratio -> ratio.percentOr(NO_DEALS)).orElse("");
    }

    /** How many deals that entered the stage never went further: the drop. */
    public int dropped() {
        return entered - advanced;
    }
}

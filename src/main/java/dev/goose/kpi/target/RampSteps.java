package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A ramp as people type it ("25, 50, 75, 100") and as it is stored ("25,50,75,100"): percents of
 * the full target by month, each from 0 to 100.
 */
public final class RampSteps {

    /** More than two years of ramp is a different target, not a ramp. */
    public static final int MAX_STEPS = 24;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RampSteps() {
    }

    /** The percents in the text, split by commas or spaces; empty for blank text. */
    public static List<BigDecimal> parse(String text) {
        List<BigDecimal> percents = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return percents;
        }
        for (String part : text.strip().split("[,;\\s]+")) {
            String step = part.strip().replaceAll("%$", "");
            if (!step.isEmpty()) {
                percents.add(new BigDecimal(step));
            }
        }
        return percents;
    }

    /** What is wrong with the percents, in words for a person, or empty when they make a ramp. */
    public static Optional<String> problem(List<BigDecimal> percents) {
        if (percents.size() > MAX_STEPS) {
            return Optional.of("Use at most " + MAX_STEPS + " monthly steps.");
        }
        for (BigDecimal percent : percents) {
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                return Optional.of("Each step is a percent from 0 to 100, such as 25, 50, 75, 100.");
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                return Optional.of("Use at most two decimals in a step.");
            }
        }
        return Optional.empty();
    }

    /** The stored form, "25,50,75,100", or null for no ramp. */
    public static String format(List<BigDecimal> percents) {
        if (percents == null || percents.isEmpty()) {
            return null;
        }
        return percents.stream().map(RampSteps::plain).collect(Collectors.joining(","));
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}

package dev.goose.incentive.plan;

import java.math.BigDecimal;

/**
 * A band of attainment and its commission rate, in percent. A marginal tier pays its rate on the slice
 * of credited value inside its band; a retroactive one, once reached, pays its rate on all the value
 * credited so far, and the difference is paid as a true-up when the band is entered.
 *
 * @param from  where the band starts, in percent of quota (0 for the first)
 * @param to    where it ends, in percent of quota; null for the last, open-ended band
 * @param name  what the plan calls it ("accelerator"), or null
 */
record Tier(BigDecimal from, BigDecimal to, BigDecimal rate, boolean retroactive, String name) {

    /** "0–50%", "above 125%", with the tier's name after it when it has one. */
    String band() {
        String span = to == null ? "above " + Money.percent(from) : Money.percent(from).replace("%", "") + "–" + Money.percent(to);
        return name == null ? span : span + " (" + name + ")";
    }
}

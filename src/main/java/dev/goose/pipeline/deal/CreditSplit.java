package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.goose.errors.InvalidInput;

/**
 * The rule for splitting a deal's credit: each share names a person once, is above 0 and at most 100
 * percent with at most two decimals, and the shares add up to exactly 100. No shares at all means the
 * owner is credited in full. Errors name the row, as in {@code credits[1].percent}.
 */
final class CreditSplit {

    static final int MOST = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CreditSplit() {
    }

    /** @param active whether a person id names someone active, who can be credited */
    static void check(List<CreditService.Share> shares, java.util.function.Predicate<Long> active) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (shares.size() > MOST) {
            errors.add("credits", "Split the credit between at most " + MOST + " people, not " + shares.size() + ".");
            errors.throwIfAny();
        }
        Set<Long> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        int summed = 0;
        for (int i = 0; i < shares.size(); i++) {
            CreditService.Share share = shares.get(i);
            String row = "credits[" + i + "].";
            if (share.personId() == null) {
                errors.add(row + "personId", "Say who is credited on row " + (i + 1) + ".");
            } else if (!seen.add(share.personId())) {
                errors.add(row + "personId", "Row " + (i + 1) + " names someone already credited above: give each person one share.");
            } else if (!active.test(share.personId())) {
                errors.add(row + "personId", "Row " + (i + 1) + " names no active person, who could be credited.");
            }
            BigDecimal percent = share.percent();
            if (percent == null) {
                errors.add(row + "percent", "Give row " + (i + 1) + "'s share in percent, such as 50.");
            } else if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                errors.add(row + "percent", "A share is above 0 and at most 100 percent; row " + (i + 1) + " says " + percent.toPlainString() + ".");
            } else if (percent.stripTrailingZeros().scale() > 2) {
                errors.add(row + "percent", "Give row " + (i + 1) + "'s share with at most two decimals, not " + percent.toPlainString() + ".");
            } else {
                sum = sum.add(percent);
                summed++;
            }
        }
        // A sum is worth reporting only when every share could be read: a wrong share is reported by itself.
        if (!shares.isEmpty() && summed == shares.size() && sum.compareTo(HUNDRED) != 0) {
            errors.add("credits", "The shares add up to " + sum.stripTrailingZeros().toPlainString() + "%; they must add up to 100%.");
        }
        errors.throwIfAny();
    }
}

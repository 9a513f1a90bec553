package dev.goose.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a KPI's value in a period is made of, kept so that people's numbers add up to their team's:
 * a sum and how many things were summed. A cumulative KPI's value is the sum; a level KPI's is the
 * sum over the count, an average or a rate. A team's win rate is then its won over its closed
 * deals, not the average of its reps' rates.
 *
 * @param sum   calls made, revenue won; for a rate, 100 per success (won deals x 100); for an average, the total
 * @param count the things summed: measurements, closed deals, deals won, deals that entered a stage
 */
public record Tally(BigDecimal sum, long count) {

    public static final Tally EMPTY = new Tally(BigDecimal.ZERO, 0);

    public Tally {
        Objects.requireNonNull(sum, "sum");
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
    }

    public static Tally of(BigDecimal sum, long count) {
        return new Tally(sum == null ? BigDecimal.ZERO : sum, count);
    }

    /** A rate in percent: successes out of tries. */
    public static Tally rate(long successes, long tries) {
        return new Tally(BigDecimal.valueOf(successes).multiply(BigDecimal.valueOf(100)), tries);
    }

    public Tally plus(Tally other) {
        return new Tally(sum.add(other.sum), count + other.count);
    }

    /**
     * The value for the accrual: a cumulative KPI is zero with nothing logged; a level KPI with
     * nothing to average has no value at all (no deals closed is not a win rate of 0%).
     */
    public Optional<BigDecimal> value(Accrual accrual) {
        if (accrual == Accrual.CUMULATIVE) {
            return Optional.of(sum);
        }
        return new Ratio(sum, BigDecimal.valueOf(count)).value();
    }
}

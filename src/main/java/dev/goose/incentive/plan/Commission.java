package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Commission on credited deal value against a quota, by tiers of attainment.
 *
 * <p>Earnings are a function of the value credited so far: within a marginal tier they grow by its
 * rate; entering a retroactive tier re-rates everything credited so far at its rate (a cliff). A pay
 * period earns the difference between that function at the end of the period and at its start, so
 * that moving a deal from one period to the next changes when it is paid, never how much. With
 * cumulative attainment the start is the plan year's value before the period and the quota is the
 * year's; with reset attainment each period starts from nothing against its share of the quota
 * (the caller says where it starts, {@link #lines}).
 *
 * @param quota  the plan year's quota
 * @param cap    the most commission one pay period pays, or null for no cap
 */
public record Commission(BigDecimal quota, Attainment attainment, List<Tier> tiers, BigDecimal cap) {

    static final String COMPONENT = "commission";

    public enum Attainment { CUMULATIVE, RESET }

    public Commission {
        tiers = List.copyOf(tiers);
    }

    /** The quota a period's attainment is measured against: the year's, or its share per period. */
    public BigDecimal quotaFor(PayPeriod period) {
        return attainment == Attainment.CUMULATIVE ? quota
                : quota.divide(BigDecimal.valueOf(period.perYear()), 10, RoundingMode.HALF_UP);
    }

    /** What the credited value earns against the quota, unrounded. */
    public BigDecimal earnedAt(BigDecimal credited, BigDecimal against) {
        BigDecimal below = BigDecimal.ZERO;
        for (int k = 0; k < tiers.size(); k++) {
            Tier tier = tiers.get(k);
            BigDecimal start = boundary(tier.from(), against);
            BigDecimal end = tier.to() == null ? null : boundary(tier.to(), against);
            if (end == null || credited.compareTo(end) < 0 || k == tiers.size() - 1) {
                return value(tier, start, below, credited);
            }
            below = value(tier, start, below, end);
        }
        return BigDecimal.ZERO;
    }

    /** What a full year at 100 percent pays, for the on-target check and the payout curve. */
    public BigDecimal atTarget(PayPeriod period) {
        BigDecimal perPeriod = quotaFor(period);
        BigDecimal earned = earnedAt(perPeriod, perPeriod);
        return attainment == Attainment.CUMULATIVE ? earned : earned.multiply(BigDecimal.valueOf(period.perYear()));
    }

    /**
     * The lines of one pay period: a line per band the period's credited value falls in, a true-up
     * per retroactive band entered, and the cap when it bites. The lines add up to the period's
     * commission exactly, each rounded by {@link Money#round}.
     *
     * @param before the value credited earlier in what attainment counts: the plan year when it is
     *               cumulative, the pay period when it resets (0 at a period's start, more for the
     *               second part of a period that two plan versions share)
     * @param during the value credited in this period
     */
    public List<PlanLine> lines(BigDecimal before, BigDecimal during, PayPeriod period, Currency currency) {
        List<PlanLine> lines = uncappedLines(before, during, period, currency);
        BigDecimal total = lines.stream().map(PlanLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        capLine(total, period, currency).ifPresent(lines::add);
        return lines;
    }

    /** The cap's line when what the period earned is above it: the difference, negative. */
    Optional<PlanLine> capLine(BigDecimal earned, PayPeriod period, Currency currency) {
        if (cap == null || earned.compareTo(cap) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PlanLine(COMPONENT, "Capped at " + Money.format(cap, currency) + " a " + period.key(),
                Money.round(cap, currency).subtract(earned)));
    }

    /** As {@link #lines}, without the cap: for a statement that credits a period's deals one at a time and caps their sum. */
    List<PlanLine> uncappedLines(BigDecimal before, BigDecimal during, PayPeriod period, Currency currency) {
        BigDecimal against = quotaFor(period);
        BigDecimal start = before;
        BigDecimal end = start.add(during);
        List<PlanLine> lines = new ArrayList<>();
        if (during.signum() < 0) {
            BigDecimal amount = Money.round(earnedAt(end, against).subtract(earnedAt(start, against)), currency);
            lines.add(new PlanLine(COMPONENT, Money.format(during, currency) + " of credited value taken back, re-rated from "
                    + Money.format(start, currency) + " credited so far", amount));
            return lines;
        }
        BigDecimal below = BigDecimal.ZERO;
        for (int k = 0; k < tiers.size(); k++) {
            Tier tier = tiers.get(k);
            BigDecimal from = boundary(tier.from(), against);
            BigDecimal to = tier.to() == null || k == tiers.size() - 1 ? null : boundary(tier.to(), against);
            if (tier.retroactive() && k > 0 && start.compareTo(from) < 0 && end.compareTo(from) >= 0) {
                BigDecimal rerated = from.multiply(Money.factor(tier.rate()));
                lines.add(new PlanLine(COMPONENT, "Reaching " + Money.percent(tier.from()) + " re-rates the "
                        + Money.format(from, currency) + " credited up to it at " + Money.percent(tier.rate()) + ": "
                        + Money.format(Money.round(rerated, currency), currency) + " less the "
                        + Money.format(Money.round(below, currency), currency) + " it earned before", Money.round(rerated.subtract(below), currency)));
            }
            BigDecimal sliceStart = start.max(from);
            BigDecimal sliceEnd = to == null ? end : end.min(to);
            if (sliceEnd.compareTo(sliceStart) > 0) {
                BigDecimal slice = sliceEnd.subtract(sliceStart);
                String band = tiers.size() == 1 && tier.name() == null ? "" : " in the " + tier.band() + " band";
                lines.add(new PlanLine(COMPONENT, Money.format(Money.round(slice, currency), currency) + " of credited value"
                        + band + " at " + Money.percent(tier.rate()),
                        Money.round(slice.multiply(Money.factor(tier.rate())), currency)));
            }
            if (to == null) {
                break;
            }
            below = value(tier, from, below, to);
        }
        return lines;
    }

    private static BigDecimal boundary(BigDecimal percent, BigDecimal against) {
        return against.multiply(Money.factor(percent));
    }

    /** The earnings at a credited value inside the tier, given what the tiers below earned at its start. */
    private static BigDecimal value(Tier tier, BigDecimal start, BigDecimal below, BigDecimal credited) {
        BigDecimal rate = Money.factor(tier.rate());
        return tier.retroactive() ? credited.multiply(rate) : below.add(credited.subtract(start).multiply(rate));
    }
}

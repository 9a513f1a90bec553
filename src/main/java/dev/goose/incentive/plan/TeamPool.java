package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pool paid to a team for an outcome that takes everyone's effort: the team's revenue won or deals won
 * in the pool's period against its target. The pool is the amount of the highest tier the team's
 * attainment reaches (nothing below the first), split among the team's members evenly or by what each
 * credited. The split is exact to the cent by the largest-remainder rule: each share is first rounded
 * down to the minor unit, then the cents left over go one each to the shares that lost the most in
 * rounding (the earlier member in the team's list on a tie), so the shares add up to the pool.
 */
public record TeamPool(String name, Measure measure, BigDecimal target, PayPeriod period, List<Step> tiers, Split split) {

    public static final String COMPONENT = "team-pool";

    public TeamPool {
        tiers = List.copyOf(tiers);
    }

    public enum Measure {
        REVENUE, DEALS
    }

    public enum Split {
        EVEN, CREDITED
    }

    /** From {@code at} percent of target, the pool is {@code pool}. */
    public record Step(BigDecimal at, BigDecimal pool) {
    }

    /** What one member of the team brought in the pool's period: credited value and deals won. */
    public record Member(Long personId, String name, BigDecimal credited, int deals) {
    }

    /** The pool the team's attainment reaches; zero below the first tier. */
    public BigDecimal poolAt(BigDecimal attainment) {
        BigDecimal pool = BigDecimal.ZERO;
        for (Step step : tiers) {
            if (attainment.compareTo(step.at()) >= 0) {
                pool = step.pool();
            }
        }
        return pool;
    }

    /** Each member's share of the pool, in the members' order; the shares add up to the pool exactly. */
    public static Map<Long, BigDecimal> split(BigDecimal pool, List<Member> members, Split split, Currency currency) {
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return shares;
        }
        List<BigDecimal> weights = members.stream().map(m -> split == Split.EVEN ? BigDecimal.ONE : m.credited().max(BigDecimal.ZERO)).toList();
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            weights = members.stream().map(m -> BigDecimal.ONE).toList();
            total = BigDecimal.valueOf(members.size());
        }
        int digits = currency.getDefaultFractionDigits();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
        List<BigDecimal> exact = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int k = 0; k < members.size(); k++) {
            BigDecimal share = pool.multiply(weights.get(k)).divide(total, 20, RoundingMode.HALF_UP);
            exact.add(share);
            BigDecimal floor = share.setScale(digits, RoundingMode.FLOOR);
            shares.put(members.get(k).personId(), floor);
            given = given.add(floor);
        }
        int left = pool.setScale(digits, RoundingMode.HALF_UP).subtract(given).divide(unit).intValue();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            order.add(k);
        }
        List<BigDecimal> exactShares = exact;
        order.sort(Comparator.comparing((Integer k) -> exactShares.get(k).subtract(exactShares.get(k).setScale(digits, RoundingMode.FLOOR)))
                .reversed().thenComparing(k -> k));
        for (int i = 0; i < left; i++) {
            Long id = members.get(order.get(i % order.size())).personId();
            shares.put(id, shares.get(id).add(unit));
        }
        return shares;
    }

    /**
     * The line paying one member their share, with the team's result and the tier reached in words;
     * empty when the person is not among the members.
     */
    public Optional<PlanLine> line(Long personId, List<Member> members, Currency currency) {
        if (members.stream().noneMatch(m -> m.personId().equals(personId))) {
            return Optional.empty();
        }
        BigDecimal result = measure == Measure.REVENUE ? members.stream().map(Member::credited).reduce(BigDecimal.ZERO, BigDecimal::add)
                : BigDecimal.valueOf(members.stream().mapToInt(Member::deals).sum());
        BigDecimal attainment = result.multiply(Money.HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
        BigDecimal pool = Money.round(poolAt(attainment), currency);
        String achieved = measure == Measure.REVENUE ? "the team won " + Money.format(Money.round(result, currency), currency) + " of its "
                + Money.format(Money.round(target, currency), currency) + " target"
                : "the team won " + result.toPlainString() + " deals of its " + target.stripTrailingZeros().toPlainString() + " target";
        String head = name + ": " + achieved + " (" + Money.percent(attainment) + ")";
        if (pool.signum() == 0) {
            return Optional.of(new PlanLine(COMPONENT, head + ", below the first tier at " + Money.percent(tiers.get(0).at())
                    + ", so there is no pool", Money.round(BigDecimal.ZERO, currency)));
        }
        BigDecimal share = split(pool, members, split, currency).get(personId);
        Member me = members.stream().filter(m -> m.personId().equals(personId)).findFirst().orElseThrow();
        String how = split == Split.EVEN ? "split evenly among " + members.size() + " members"
                : "split by credited value among " + members.size() + " members, " + Money.format(Money.round(me.credited(), currency), currency)
                        + " of it yours";
        return Optional.of(new PlanLine(COMPONENT, head + " reaches the " + Money.percent(reached(attainment)) + " tier: a "
                + Money.format(pool, currency) + " pool, " + how, share));
    }

    private BigDecimal reached(BigDecimal attainment) {
        BigDecimal at = tiers.get(0).at();
        for (Step step : tiers) {
            if (attainment.compareTo(step.at()) >= 0) {
                at = step.at();
            }
        }
        return at;
    }
}

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
 * A pool paid to a team for an outcome that takes everyone's effort: the team's revenue won, deals won or
 * gross margin in the pool's period against its target, or the growth of one of them in percent against
 * the same period a year before (or the period before), against a target growth. The pool is the amount of the highest tier the team's
 * attainment reaches (nothing below the first), split among the team's members evenly, by what each
 * credited or by the days each was on the team in the period. The split is exact to the cent by the
 * largest-remainder rule: each share is first rounded down to the minor unit, then the cents left over
 * go one each to the shares that lost the most in rounding (the earlier member in the team's list on a
 * tie), so the shares add up to the pool.
 */
public record TeamPool(String name, Measure measure, BigDecimal target, PayPeriod period, List<Step> tiers, Split split, Against growth) {

    public static final String COMPONENT = "team-pool";

    public TeamPool {
        tiers = List.copyOf(tiers);
    }

    /** A pool on the measure itself, not its growth. */
    public TeamPool(String name, Measure measure, BigDecimal target, PayPeriod period, List<Step> tiers, Split split) {
        this(name, measure, target, period, tiers, split, null);
    }

    public enum Measure {
        REVENUE, DEALS, MARGIN
    }

    /** What growth is measured against: the same period a year before, or the period just before. */
    public enum Against {
        YEAR_BEFORE, PERIOD_BEFORE
    }

    public enum Split {
        EVEN, CREDITED, DAYS
    }

    /** From {@code at} percent of target, the pool is {@code pool}. */
    public record Step(BigDecimal at, BigDecimal pool) {
    }

    /**
     * What one member of the team brought in a period: credited value, deals won and credited gross margin,
     * and the days of the period they were on the team, which only a split by days reads.
     */
    public record Member(Long personId, String name, BigDecimal credited, int deals, BigDecimal margin, int days) {

        public Member(Long personId, String name, BigDecimal credited, int deals, BigDecimal margin) {
            this(personId, name, credited, deals, margin, 0);
        }

        public Member(Long personId, String name, BigDecimal credited, int deals) {
            this(personId, name, credited, deals, BigDecimal.ZERO);
        }
    }

    /** The team's result on the measure: value or margin credited, or deals won. */
    public BigDecimal result(List<Member> members) {
        return switch (measure) {
            case REVENUE -> members.stream().map(Member::credited).reduce(BigDecimal.ZERO, BigDecimal::add);
            case MARGIN -> members.stream().map(Member::margin).reduce(BigDecimal.ZERO, BigDecimal::add);
            case DEALS -> BigDecimal.valueOf(members.stream().mapToInt(Member::deals).sum());
        };
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

    /**
     * Each member's share of the pool, in the members' order; the shares add up to the pool exactly. A
     * member who weighs nothing (credited nothing, or had no day on the team) gets nothing, unless nobody
     * weighs anything: then the pool is split evenly rather than paid to no one.
     */
    public static Map<Long, BigDecimal> split(BigDecimal pool, List<Member> members, Split split, Currency currency) {
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return shares;
        }
        List<BigDecimal> weights = members.stream().map(m -> weight(m, split)).toList();
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

    private static BigDecimal weight(Member member, Split split) {
        return switch (split) {
            case EVEN -> BigDecimal.ONE;
            case CREDITED -> member.credited().max(BigDecimal.ZERO);
            case DAYS -> BigDecimal.valueOf(Math.max(member.days(), 0));
        };
    }

    /** As {@link #line(Long, List, List, Currency)} for a pool on the measure itself. */
    public Optional<PlanLine> line(Long personId, List<Member> members, Currency currency) {
        return line(personId, members, List.of(), currency);
    }

    /**
     * The line paying one member their share, with the team's result and the tier reached in words;
     * empty when the person is not among the members.
     *
     * @param before the team's members in the period growth is measured against; unused without growth
     */
    public Optional<PlanLine> line(Long personId, List<Member> members, List<Member> before, Currency currency) {
        if (members.stream().noneMatch(m -> m.personId().equals(personId))) {
            return Optional.empty();
        }
        Standing standing = standing(members, before, currency);
        if (standing.attainment() == null) {
            return Optional.of(new PlanLine(COMPONENT, name + ": " + standing.achieved() + ", so there is no growth to measure and no pool",
                    Money.round(BigDecimal.ZERO, currency)));
        }
        BigDecimal attainment = standing.attainment();
        BigDecimal pool = Money.round(poolAt(attainment), currency);
        String head = name + ": " + standing.achieved() + " (" + Money.percent(attainment) + ")";
        if (pool.signum() == 0) {
            return Optional.of(new PlanLine(COMPONENT, head + ", below the first tier at " + Money.percent(tiers.get(0).at())
                    + ", so there is no pool", Money.round(BigDecimal.ZERO, currency)));
        }
        BigDecimal share = split(pool, members, split, currency).get(personId);
        Member me = members.stream().filter(m -> m.personId().equals(personId)).findFirst().orElseThrow();
        String how = switch (split) {
            case EVEN -> "split evenly among " + members.size() + " members";
            case CREDITED -> "split by credited value among " + members.size() + " members, "
                    + Money.format(Money.round(me.credited(), currency), currency) + " of it yours";
            case DAYS -> daysHow(me, members);
        };
        return Optional.of(new PlanLine(COMPONENT, head + " reaches the " + Money.percent(reached(attainment)) + " tier: a "
                + Money.format(pool, currency) + " pool, " + how, share));
    }

    /**
     * Where the team stands on the pool with the members' results as they are, as if its period ended now:
     * for the manager's page while the period runs.
     *
     * @param standing   the result and the attainment in words, as a statement's line says them
     * @param attainment null when growth has nothing to grow from
     * @param pool       the pool the attainment reaches now, zero below the first tier
     * @param next       what more reaches the next tier, in words; null at the top tier or with no growth to measure
     */
    public record Progress(String standing, BigDecimal attainment, BigDecimal pool, String next) {
    }

    public Progress progress(List<Member> members, List<Member> before, Currency currency) {
        Standing standing = standing(members, before, currency);
        BigDecimal none = Money.round(BigDecimal.ZERO, currency);
        if (standing.attainment() == null) {
            return new Progress(standing.achieved() + ", so there is no growth to measure", null, none, null);
        }
        BigDecimal attainment = standing.attainment();
        Step next = tiers.stream().filter(t -> attainment.compareTo(t.at()) < 0).findFirst().orElse(null);
        String more = null;
        if (next != null) {
            // The result at which the attainment is the tier's exactly, rounded up to what can be won.
            BigDecimal needed = growth == null ? target.multiply(next.at()).movePointLeft(2)
                    : standing.base().multiply(BigDecimal.ONE.add(target.multiply(next.at()).movePointLeft(4)));
            BigDecimal gap = needed.subtract(standing.result());
            String gapShown = measure == Measure.DEALS ? gap.setScale(0, RoundingMode.CEILING).toPlainString() + " more deal"
                    + (gap.compareTo(BigDecimal.ONE) > 0 ? "s" : "")
                    : Money.format(gap.setScale(currency.getDefaultFractionDigits(), RoundingMode.CEILING), currency) + " more"
                            + (measure == Measure.MARGIN ? " of gross margin" : "");
            more = gapShown + " won reaches the " + Money.percent(next.at()) + " tier: a " + Money.format(Money.round(next.pool(), currency), currency)
                    + " pool";
        }
        return new Progress(standing.achieved() + " (" + Money.percent(attainment) + ")", attainment, Money.round(poolAt(attainment), currency),
                more);
    }

    /** The team's result and what it is measured against, in words, with the attainment; none when growth has no base. */
    private record Standing(BigDecimal result, BigDecimal base, String achieved, BigDecimal attainment) {
    }

    private Standing standing(List<Member> members, List<Member> before, Currency currency) {
        BigDecimal result = result(members);
        String achieved = "the team won " + amountOf(result, currency);
        if (growth == null) {
            return new Standing(result, null, achieved + " of its " + (measure == Measure.DEALS ? target.stripTrailingZeros().toPlainString()
                    + " target" : Money.format(Money.round(target, currency), currency) + " target"),
                    result.multiply(Money.HUNDRED).divide(target, 1, RoundingMode.HALF_UP));
        }
        BigDecimal base = result(before);
        String when = growth == Against.YEAR_BEFORE ? "in the same " + period.key() + " a year before" : "in the " + period.key() + " before";
        if (base.signum() <= 0) {
            return new Standing(result, base, achieved + ", and won " + amountOf(base, currency) + " " + when, null);
        }
        BigDecimal grown = result.subtract(base).multiply(Money.HUNDRED).divide(base, 1, RoundingMode.HALF_UP);
        return new Standing(result, base, achieved + " against " + amountOf(base, currency) + " " + when + ": " + Money.percent(grown)
                + " growth of its " + Money.percent(target) + " target", grown.multiply(Money.HUNDRED).divide(target, 1, RoundingMode.HALF_UP));
    }

    private static String daysHow(Member me, List<Member> members) {
        int total = members.stream().mapToInt(m -> weight(m, Split.DAYS).intValue()).sum();
        if (total == 0) {
            return "split evenly among " + members.size() + " members, as none of them was on the team on any day of the period";
        }
        return "split by days in the team among " + members.size() + " members, " + me.days() + " of their " + days(total) + " yours";
    }

    private static String days(int days) {
        return days + (days == 1 ? " day" : " days");
    }

    /** "$1,200.00", "3 deals" or "$400.00 of gross margin": a result in the measure's words. */
    private String amountOf(BigDecimal result, Currency currency) {
        return switch (measure) {
            case REVENUE -> Money.format(Money.round(result, currency), currency);
            case MARGIN -> Money.format(Money.round(result, currency), currency) + " of gross margin";
            case DEALS -> result.toPlainString() + (result.compareTo(BigDecimal.ONE) == 0 ? " deal" : " deals");
        };
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

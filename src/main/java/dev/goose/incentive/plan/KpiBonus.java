package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A bonus on activity KPIs for a bonus period, measured against the ramped targets Goose computes.
 * Each KPI carries a weight of the amount; how much of its share it pays follows one payout rule.
 * With a gate, nothing is paid unless the weighted attainment reaches it.
 *
 * @param amount the bonus at 100 percent of every target, for one bonus period
 * @param gate   the weighted attainment, in percent, below which nothing is paid; null for none
 */
public record KpiBonus(String name, PayPeriod period, BigDecimal amount, List<Weighted> kpis, Payout payout, BigDecimal gate) {

    static final String COMPONENT = "kpi-bonus";
    private static final int SCALE = 10;

    public KpiBonus {
        kpis = List.copyOf(kpis);
    }

    /** A KPI of the bonus by its key, and its share of the amount in percent. */
    public record Weighted(String kpi, BigDecimal weight) {
    }

    /** What a KPI reached in the bonus period against its target (already ramped). */
    public record Measured(BigDecimal actual, BigDecimal target) {

        BigDecimal attainment() {
            return actual.multiply(Money.HUNDRED).divide(target, SCALE, RoundingMode.HALF_UP);
        }
    }

    /** How much of a KPI's share is paid, by its attainment. */
    public sealed interface Payout permits Steps, Linear, PerUnit {
    }

    /** The share paid from each step reached: "from 80%, half; from 100%, all". */
    public record Steps(List<Step> steps) implements Payout {
        public Steps {
            steps = List.copyOf(steps);
        }
    }

    /** @param at attainment in percent; @param pays the share of the KPI's amount then paid, in percent */
    public record Step(BigDecimal at, BigDecimal pays) {
    }

    /** The share in proportion to attainment, from a threshold on, up to a maximum attainment. */
    public record Linear(BigDecimal from, BigDecimal max) implements Payout {
    }

    /** An amount for each unit above target, up to a maximum per KPI (null for none). */
    public record PerUnit(BigDecimal each, BigDecimal max) implements Payout {
    }

    /** The share of a KPI's amount paid at 100 percent of its target, as the on-target check counts it. */
    BigDecimal atTarget() {
        BigDecimal share = BigDecimal.ZERO;
        if (payout instanceof Steps s) {
            share = s.steps().stream().filter(step -> step.at().compareTo(Money.HUNDRED) <= 0)
                    .map(Step::pays).reduce((x, y) -> y).orElse(BigDecimal.ZERO);
        } else if (payout instanceof Linear l && l.from().compareTo(Money.HUNDRED) <= 0) {
            share = Money.HUNDRED;
        }
        return amount.multiply(Money.factor(share));
    }

    /** The lines of one bonus period: a line per KPI, or one line saying the gate was not reached. */
    public List<PlanLine> lines(Map<String, Measured> measured, Currency currency) {
        List<PlanLine> lines = new ArrayList<>();
        if (gate != null) {
            BigDecimal weighted = BigDecimal.ZERO;
            for (Weighted kpi : kpis) {
                Measured m = measured.get(kpi.kpi());
                if (m != null && m.target().signum() > 0) {
                    weighted = weighted.add(m.attainment().multiply(Money.factor(kpi.weight())));
                }
            }
            if (weighted.compareTo(gate) < 0) {
                lines.add(new PlanLine(COMPONENT, name + ": weighted attainment " + Money.percent(weighted.setScale(1, RoundingMode.HALF_UP))
                        + " is below the " + Money.percent(gate) + " gate, so nothing is paid", Money.round(BigDecimal.ZERO, currency)));
                return lines;
            }
        }
        for (Weighted kpi : kpis) {
            lines.add(line(kpi, measured.get(kpi.kpi()), currency));
        }
        return lines;
    }

    private PlanLine line(Weighted kpi, Measured m, Currency currency) {
        BigDecimal share = amount.multiply(Money.factor(kpi.weight()));
        String what = name + ", " + kpi.kpi();
        if (m == null || m.target().signum() <= 0) {
            return new PlanLine(COMPONENT, what + ": no target for the period, so nothing is paid", Money.round(BigDecimal.ZERO, currency));
        }
        BigDecimal attainment = m.attainment();
        String reached = what + " " + plain(m.actual()) + " of " + plain(m.target()) + " ("
                + Money.percent(attainment.setScale(1, RoundingMode.HALF_UP)) + ")";
        if (payout instanceof Steps s) {
            Step step = s.steps().stream().filter(st -> attainment.compareTo(st.at()) >= 0).reduce((x, y) -> y).orElse(null);
            return step == null
                    ? new PlanLine(COMPONENT, reached + ": below " + Money.percent(s.steps().get(0).at()) + ", nothing",
                            Money.round(BigDecimal.ZERO, currency))
                    : new PlanLine(COMPONENT, reached + ": from " + Money.percent(step.at()) + " pays " + Money.percent(step.pays())
                            + " of " + Money.format(Money.round(share, currency), currency),
                            Money.round(share.multiply(Money.factor(step.pays())), currency));
        }
        if (payout instanceof Linear l) {
            if (attainment.compareTo(l.from()) < 0) {
                return new PlanLine(COMPONENT, reached + ": below " + Money.percent(l.from()) + ", nothing",
                        Money.round(BigDecimal.ZERO, currency));
            }
            BigDecimal paid = attainment.min(l.max());
            return new PlanLine(COMPONENT, reached + ": pays " + Money.percent(paid.setScale(1, RoundingMode.HALF_UP)) + " of "
                    + Money.format(Money.round(share, currency), currency), Money.round(share.multiply(Money.factor(paid)), currency));
        }
        PerUnit p = (PerUnit) payout;
        BigDecimal above = m.actual().subtract(m.target()).max(BigDecimal.ZERO);
        BigDecimal paid = above.multiply(p.each());
        paid = p.max() == null ? paid : paid.min(p.max());
        return new PlanLine(COMPONENT, reached + ": " + plain(above) + " above target at " + Money.format(p.each(), currency) + " each"
                + (p.max() == null ? "" : ", at most " + Money.format(p.max(), currency)), Money.round(paid, currency));
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

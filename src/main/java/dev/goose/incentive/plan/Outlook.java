package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a rep stands on their plan and what would move them on: their attainment of quota so far, the
 * payout curve with their place on it, the credited value that reaches the next commission band, and
 * the units that reach the next step of a single-KPI bonus. Counts what Statements counts: deals won
 * from January 1 when attainment is cumulative, from the period's start when it resets.
 */
public final class Outlook {

    private Outlook() {
    }

    /** Commission at an attainment of quota, for the curve: over the plan year when cumulative, per period when it resets. */
    public record Point(BigDecimal attainment, BigDecimal commission) {
    }

    /**
     * @param credited what counts toward attainment so far, in the plan's currency
     * @param curve    commission from 0 to 150 percent of quota, by {@link PlanMarkdown#CURVE}
     * @param here     the rep's own point: their attainment (not capped) and what it earns
     */
    public record Position(BigDecimal credited, BigDecimal quota, Point here, List<Point> curve, Optional<String> next) {
    }

    /** Commission for a plan year at each attainment of {@link PlanMarkdown#CURVE}, as the playbook page shows the plan. */
    public static List<Point> yearCurve(Plan plan) {
        Commission commission = plan.commission();
        BigDecimal periods = BigDecimal.valueOf(commission.attainment() == Commission.Attainment.CUMULATIVE ? 1 : plan.payPeriod().perYear());
        return curve(commission, commission.quotaFor(plan.payPeriod()), periods, plan.currency());
    }

    /** Commission at each attainment of {@link PlanMarkdown#CURVE} of the quota, times {@code times} periods, rounded once. */
    private static List<Point> curve(Commission commission, BigDecimal quota, BigDecimal times, Currency currency) {
        List<Point> curve = new ArrayList<>();
        for (int percent : PlanMarkdown.CURVE) {
            BigDecimal credited = quota.multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
            curve.add(new Point(BigDecimal.valueOf(percent), Money.round(commission.earnedAt(credited, quota).multiply(times), currency)));
        }
        return curve;
    }

    public static Optional<Position> of(Plan plan, PayPeriod kind, LocalDate periodStart, LocalDate day, List<Statements.Credit> credits,
            Statements.Rates rates) {
        Commission commission = plan.commission();
        if (commission == null) {
            return Optional.empty();
        }
        Currency currency = plan.currency();
        LocalDate from = commission.attainment() == Commission.Attainment.CUMULATIVE ? periodStart.withDayOfYear(1) : periodStart;
        BigDecimal credited = BigDecimal.ZERO;
        for (Statements.Credit deal : credits) {
            if (!deal.closedOn().isBefore(from) && !deal.closedOn().isAfter(day)) {
                credited = credited.add(DealCommission.creditable(deal, currency, rates).map(w -> Money.shareOf(w, deal.share(), currency))
                        .orElse(BigDecimal.ZERO));
            }
        }
        BigDecimal quota = commission.quotaFor(kind);
        List<Point> curve = curve(commission, quota, BigDecimal.ONE, currency);
        BigDecimal attainment = credited.multiply(Money.HUNDRED).divide(quota, 1, RoundingMode.HALF_UP);
        Point here = new Point(attainment, Money.round(commission.earnedAt(credited, quota), currency));
        return Optional.of(new Position(credited, quota, here, curve, next(commission, kind, credited, quota, currency)));
    }

    /** "€4,300.00 more won this year moves you into the 100–125% (accelerator) band at 15%", or empty in the last band. */
    static Optional<String> next(Commission commission, PayPeriod kind, BigDecimal credited, BigDecimal quota, Currency currency) {
        for (Tier tier : commission.tiers()) {
            BigDecimal start = quota.multiply(Money.factor(tier.from()));
            if (start.compareTo(credited) > 0) {
                String when = commission.attainment() == Commission.Attainment.CUMULATIVE ? " this year" : " this " + kind.key();
                return Optional.of(Money.format(Money.round(start.subtract(credited), currency), currency) + " more won" + when
                        + " moves you into the " + tier.band() + " band at " + Money.percent(tier.rate())
                        + (tier.retroactive() ? ", which re-rates all you won so far" : ""));
            }
        }
        return Optional.empty();
    }

    /**
     * For each bonus on a single KPI paid by steps, the units that reach its next step this bonus period:
     * "3 more demos-held by 2026-12-31 reach the 100% step of Demo bonus: €500.00".
     */
    public static List<String> bonuses(Plan plan, LocalDate end, Map<String, Map<String, KpiBonus.Measured>> measuredByBonus) {
        List<String> next = new ArrayList<>();
        for (KpiBonus bonus : plan.kpiBonuses()) {
            if (bonus.kpis().size() != 1 || !(bonus.payout() instanceof KpiBonus.Steps steps)) {
                continue;
            }
            String kpi = bonus.kpis().get(0).kpi();
            KpiBonus.Measured measured = measuredByBonus.getOrDefault(bonus.name(), Map.of()).get(kpi);
            if (measured == null || measured.target().signum() == 0) {
                continue;
            }
            BigDecimal attainment = measured.attainment();
            for (KpiBonus.Step step : steps.steps()) {
                if (step.at().compareTo(attainment) > 0) {
                    BigDecimal units = measured.target().multiply(Money.factor(step.at())).subtract(measured.actual())
                            .setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
                    BigDecimal pays = Money.round(bonus.amount().multiply(Money.factor(step.pays())), plan.currency());
                    next.add(units.toPlainString() + " more " + kpi + " by " + end + " reach the " + Money.percent(step.at())
                            + " step of " + bonus.name() + ": " + Money.format(pays, plan.currency()));
                    break;
                }
            }
        }
        return next;
    }
}

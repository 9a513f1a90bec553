package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as a playbook page shows it, in Markdown for the playbook parser to render: what each
 * component pays, the commission tiers, each KPI bonus, and the payout curve from 0 to 150 percent
 * of quota. Text from the plan is escaped, so a name cannot make a link, a table cell or markup.
 */
final class PlanMarkdown {

    /** The attainments the payout curve shows, in percent of quota. */
    static final List<Integer> CURVE = List.of(0, 25, 50, 75, 100, 125, 150);

    private PlanMarkdown() {
    }

    static String of(Plan plan) {
        StringBuilder md = new StringBuilder();
        String per = " a " + plan.payPeriod().key();
        md.append("**").append(escape(plan.name())).append("**: paid").append(per.replace(" a ", " each ")).append(" in ")
                .append(plan.currency().getCurrencyCode()).append(", from ").append(plan.effective()).append(".\n\n");
        md.append("| Component | Pays |\n| --- | --- |\n");
        md.append("| Base salary | ").append(money(plan, plan.base())).append(per).append(", ").append(money(plan, plan.baseForYear()))
                .append(" a year |\n");
        Commission commission = plan.commission();
        if (commission != null) {
            md.append("| Commission | On credited deal value against a quota of ").append(money(plan, commission.quota()))
                    .append(" a year, attainment ").append(commission.attainment() == Commission.Attainment.CUMULATIVE
                            ? "cumulative over the plan year" : "reset each " + plan.payPeriod().key())
                    .append(commission.cap() == null ? ", no cap" : ", at most " + money(plan, commission.cap()) + per).append(" |\n");
        }
        for (KpiBonus bonus : plan.kpiBonuses()) {
            md.append("| ").append(escape(bonus.name())).append(" | ")
                    .append(bonus.payout() instanceof KpiBonus.PerUnit ? "Per unit above target" : money(plan, bonus.amount()) + " a "
                            + bonus.period().key()).append(" on ").append(String.join(", ", bonus.kpis().stream()
                                    .map(k -> escape(k.kpi()) + " (" + Money.percent(k.weight()) + ")").toList()))
                    .append(bonus.gate() == null ? "" : ", once the weighted attainment reaches " + Money.percent(bonus.gate())).append(" |\n");
        }
        Ramp ramp = plan.ramp();
        if (ramp != null) {
            md.append(ramp.kind() == Ramp.Kind.GUARANTEE ? "| Guarantee | Variable pay topped up to " : "| Draw | Variable pay advanced up to ")
                    .append(money(plan, ramp.amount())).append(per).append(" for the first ").append(ramp.periods())
                    .append(ramp.periods() == 1 ? " " + plan.payPeriod().key() : " " + plan.payPeriod().key() + "s")
                    .append(" from onboarding start").append(ramp.kind() == Ramp.Kind.GUARANTEE ? ", never paid back"
                            : ", recovered from what is earned above it, then from all that is earned for as many periods again; "
                                    + "what is left then is written off")
                    .append(" |\n");
        }
        for (TeamPool pool : plan.teamPools()) {
            String measured = switch (pool.measure()) {
                case REVENUE -> "the value the team wins";
                case MARGIN -> "the gross margin the team wins";
                case DEALS -> "the deals the team wins";
            };
            String target = pool.growth() != null ? Money.percent(pool.target()) + " growth on " + (pool.growth() == TeamPool.Against.YEAR_BEFORE
                    ? "the same " + pool.period().key() + " a year before" : "the " + pool.period().key() + " before")
                    : pool.measure() == TeamPool.Measure.DEALS ? pool.target().stripTrailingZeros().toPlainString() : money(plan, pool.target());
            md.append("| ").append(escape(pool.name())).append(" | A team pool on ").append(pool.growth() != null ? "the growth of " : "")
                    .append(measured).append(" against ").append(target)
                    .append(" a ").append(pool.period().key()).append(": ").append(String.join("; ", pool.tiers().stream()
                            .map(t -> money(plan, t.pool()) + " from " + Money.percent(t.at())).toList()))
                    .append(", split ").append(switch (pool.split()) {
                        case EVEN -> "evenly";
                        case CREDITED -> "by credited value";
                        case DAYS -> "by days in the team";
                    })
                    .append(" among the team's members |\n");
        }
        for (Spiff spiff : plan.spiffs()) {
            String each = switch (spiff.each()) {
                case DEAL_WON -> "deal won" + (spiff.qualifier() == null ? "" : " in " + escape(spiff.qualifier()));
                case STAGE -> "deal entering " + escape(spiff.qualifier());
                case KPI -> "unit of " + escape(spiff.qualifier()) + " recorded";
            };
            md.append("| ").append(escape(spiff.name())).append(" | A SPIFF of ").append(money(plan, spiff.amount())).append(" for each ")
                    .append(each).append(", from ").append(spiff.from()).append(" to ").append(spiff.to())
                    .append(spiff.each() == Spiff.Event.KPI ? ", to the person it is recorded for" : ", to the deal's owner")
                    .append(spiff.perPerson() == null ? "" : "; at most " + money(plan, spiff.perPerson()) + " a person")
                    .append(spiff.budget() == null ? "" : "; " + money(plan, spiff.budget()) + " for everyone, first come first paid")
                    .append(" |\n");
        }
        if (plan.clawbackDays() != null) {
            md.append("| Clawback | A deal lost, reopened or removed within ").append(plan.clawbackDays())
                    .append(" days after the period that paid it is taken back in the next open period |\n");
        }
        BigDecimal onTarget = plan.baseForYear().add(plan.variableAtTarget());
        md.append("| On-target earnings | ").append(money(plan, onTarget)).append(" a year: base ").append(plan.basePercentOfOnTarget())
                .append("%, variable ").append(100 - plan.basePercentOfOnTarget()).append("% |\n\n");
        if (commission != null) {
            tiers(md, commission);
            curve(md, plan);
        }
        for (KpiBonus bonus : plan.kpiBonuses()) {
            bonus(md, plan, bonus);
        }
        return md.toString();
    }

    private static void tiers(StringBuilder md, Commission commission) {
        md.append("| Commission tier | Rate | Paid on |\n| --- | --- | --- |\n");
        for (Tier tier : commission.tiers()) {
            md.append("| ").append(escape(tier.band())).append(" | ").append(Money.percent(tier.rate())).append(" | ")
                    .append(tier.retroactive() ? "all the value credited so far, once reached" : "the value credited within the band")
                    .append(" |\n");
        }
        md.append('\n');
    }

    /** Commission for a plan year at each attainment of the curve, a row each, so that it fits beside the outline. */
    private static void curve(StringBuilder md, Plan plan) {
        md.append("| Attainment of quota | Commission for the year |\n| ---: | ---: |\n");
        for (Outlook.Point point : Outlook.yearCurve(plan)) {
            md.append("| ").append(point.attainment()).append("% | ").append(money(plan, point.commission())).append(" |\n");
        }
        md.append('\n');
    }

    private static void bonus(StringBuilder md, Plan plan, KpiBonus bonus) {
        md.append("| ").append(escape(bonus.name())).append(", by KPI | Weight | Pays |\n| --- | --- | --- |\n");
        for (KpiBonus.Weighted kpi : bonus.kpis()) {
            BigDecimal share = bonus.amount().multiply(Money.factor(kpi.weight()));
            String pays;
            if (bonus.payout() instanceof KpiBonus.Steps steps) {
                pays = String.join("; ", steps.steps().stream().map(s -> Money.percent(s.pays()) + " of " + money(plan, share)
                        + " from " + Money.percent(s.at()) + " of target").toList());
            } else if (bonus.payout() instanceof KpiBonus.Linear linear) {
                pays = "from " + Money.percent(linear.from()) + " of target, its attainment's share of " + money(plan, share)
                        + ", up to " + Money.percent(linear.max());
            } else {
                KpiBonus.PerUnit unit = (KpiBonus.PerUnit) bonus.payout();
                pays = money(plan, unit.each()) + " for each unit above target" + (unit.max() == null ? "" : ", at most " + money(plan, unit.max()));
            }
            md.append("| ").append(escape(kpi.kpi())).append(" | ").append(Money.percent(kpi.weight())).append(" | ").append(pays).append(" |\n");
        }
        md.append('\n');
    }

    private static String money(Plan plan, BigDecimal amount) {
        return escape(Money.format(Money.round(amount, plan.currency()), plan.currency()));
    }

    /** Every ASCII punctuation character that Markdown could read as markup, escaped with a backslash. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace('\n', ' ').toCharArray()) {
            if ("\\`*_{}[]<>()#+-.!|~&$".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}

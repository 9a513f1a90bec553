package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Computes a pay statement from the versions of a plan, the deals a person won and their KPI results.
 * The rules, each in words on the line it makes:
 * <ul>
 * <li>On each day the version in force is the highest-numbered one whose effective date has come; a
 * period whose days fall under two versions is computed as two parts, each named on its lines.</li>
 * <li>Nothing is paid for days before the assignment's start or before any version is in force; a
 * part's base is the version's base for a full period times its share of the period's days.</li>
 * <li>Commission credits each deal won from the assignment's start, in the order deals closed, at the
 * person's share of its amount (rounded half up to the minor unit), on top of what was credited before it: since January 1
 * (the plan year is the calendar year) when attainment is cumulative, since the period's start when
 * it resets. A part's cap applies to the commission of that part.</li>
 * <li>A KPI bonus is paid in the statement whose period its bonus period ends in, by the version in
 * force on the bonus period's last day, with the results of that bonus period.</li>
 * </ul>
 */
public final class Statements {

    private Statements() {
    }

    public record Version(int number, Plan plan) {
    }

    /**
     * A won deal as the person's calendar sees it: {@code closedOn} in their zone, and the person's
     * share of its credit in percent (100 unless the deal's credit is split).
     */
    public record Credit(Long dealId, String name, BigDecimal amount, String currency, LocalDate closedOn, BigDecimal share) {

        public Credit(Long dealId, String name, BigDecimal amount, String currency, LocalDate closedOn) {
            this(dealId, name, amount, currency, closedOn, Money.HUNDRED);
        }
    }

    /** Monthly exchange rates: what one unit of {@code from} is worth in {@code to} for deals won in the month. */
    public interface Rates {
        Rates NONE = (from, to, month) -> java.util.Optional.empty();

        java.util.Optional<BigDecimal> of(String from, Currency to, java.time.YearMonth month);

        /**
         * An amount in {@code from} in the currency {@code to}: as it is in its own currency, else at the
         * month's rate rounded to the minor unit; empty without a rate.
         */
        default java.util.Optional<BigDecimal> convert(BigDecimal amount, String from, Currency to, java.time.YearMonth month) {
            return to.getCurrencyCode().equals(from) ? java.util.Optional.of(amount)
                    : of(from, to, month).map(rate -> Money.round(amount.multiply(rate), to));
        }
    }

    /** A person's KPI results for a bonus period of this kind starting on {@code start}. */
    public interface Measures {
        Map<String, KpiBonus.Measured> of(PayPeriod kind, LocalDate start, Collection<String> keys);
    }

    /**
     * @param versions every published version of the plan, in number order
     * @param credits  the deals won from January 1 of the period's year to its end, in closing order
     * @param assignedUntil the last day the plan pays for, when another plan takes over within the period; else null
     */
    public record Input(PayPeriod period, LocalDate start, LocalDate assignedFrom, LocalDate assignedUntil, List<Version> versions,
            List<Credit> credits, Measures measures, Rates rates) {

        public Input(PayPeriod period, LocalDate start, LocalDate assignedFrom, LocalDate assignedUntil, List<Version> versions,
                List<Credit> credits, Measures measures) {
            this(period, start, assignedFrom, assignedUntil, versions, credits, measures, Rates.NONE);
        }

        public Input(PayPeriod period, LocalDate start, LocalDate assignedFrom, List<Version> versions, List<Credit> credits,
                Measures measures) {
            this(period, start, assignedFrom, null, versions, credits, measures, Rates.NONE);
        }

        public LocalDate end() {
            return period.endOf(start);
        }

        /** The last day this plan pays for in the period. */
        LocalDate lastDay() {
            return assignedUntil == null || assignedUntil.isAfter(end()) ? end() : assignedUntil;
        }
    }

    public static Statement compute(Input in) {
        LocalDate end = in.end();
        List<String> notes = new ArrayList<>();
        List<Statement.Part> parts = parts(in, end, notes);
        if (parts.isEmpty()) {
            Currency none = in.versions().isEmpty() ? null : in.versions().get(in.versions().size() - 1).plan().currency();
            return new Statement(in.start(), end, in.period(), none, parts, List.of(), BigDecimal.ZERO, true, notes);
        }
        Statement.Part last = parts.get(parts.size() - 1);
        Currency currency = last.plan().currency();
        List<Statement.Line> lines = new ArrayList<>();
        boolean complete = true;
        for (Statement.Part part : parts) {
            if (!part.plan().currency().equals(currency)) {
                notes.add(part.label() + " pays in " + part.plan().currency() + ", not " + currency + ": its days are not paid here.");
                complete = false;
                continue;
            }
            lines.add(base(in, part, end));
            complete &= DealCommission.add(in, part, lines);
            bonuses(in, part, lines);
        }
        BigDecimal total = lines.stream().map(Statement.Line::amount).reduce(Money.round(BigDecimal.ZERO, currency), BigDecimal::add);
        return new Statement(in.start(), end, in.period(), currency, parts, lines, total, complete, notes);
    }

    /**
     * One statement for a period in which a person changed plans: each plan's statement covers its own
     * days, and its parts and lines are named by the plan as well as the version. The currency is the
     * last plan's; a plan paying in another currency is left out with a note, as a version would be.
     */
    public static Statement join(List<String> planNames, List<Statement> statements) {
        if (statements.size() == 1) {
            return statements.get(0);
        }
        Statement last = statements.get(statements.size() - 1);
        Currency currency = statements.stream().filter(one -> !one.parts().isEmpty()).reduce((a, b) -> b)
                .map(Statement::currency).orElse(null);
        if (currency == null) {
            return last;
        }
        List<Statement.Part> parts = new ArrayList<>();
        List<Statement.Line> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean complete = true;
        for (int k = 0; k < statements.size(); k++) {
            Statement one = statements.get(k);
            String plan = planNames.get(k);
            if (one.parts().isEmpty()) {
                continue;
            }
            if (!one.currency().equals(currency)) {
                notes.add(plan + " pays in " + one.currency() + ", not " + currency + ": its days are not paid here.");
                complete = false;
                continue;
            }
            one.parts().forEach(p -> parts.add(new Statement.Part(plan + ", " + p.label(), p.version(), p.plan(), p.from(), p.to())));
            one.lines().forEach(l -> lines.add(new Statement.Line(plan + ", " + l.part(), l.component(), l.formula(), l.amount(), l.dealId())));
            one.notes().forEach(n -> notes.add(plan + ": " + n));
            complete &= one.complete();
        }
        BigDecimal total = lines.stream().map(Statement.Line::amount).reduce(Money.round(BigDecimal.ZERO, currency), BigDecimal::add);
        return new Statement(last.start(), last.end(), last.period(), currency, parts, lines, total, complete, notes);
    }

    /** The runs of days under one version, from the later of the period's and the assignment's start. */
    private static List<Statement.Part> parts(Input in, LocalDate end, List<String> notes) {
        LocalDate from = in.start().isBefore(in.assignedFrom()) ? in.assignedFrom() : in.start();
        if (from.isAfter(end)) {
            notes.add("The plan applies from " + in.assignedFrom() + ", after this period.");
            return List.of();
        }
        LocalDate last = in.lastDay();
        if (last.isBefore(from)) {
            return List.of();
        }
        if (from.isAfter(in.start())) {
            notes.add("The plan applies from " + from + ": the days before are not paid by it.");
        }
        List<Version> runs = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            Version inForce = inForce(in.versions(), day);
            if (runs.isEmpty() || runs.get(runs.size() - 1) != inForce) {
                runs.add(inForce);
                starts.add(day);
            }
        }
        List<Statement.Part> parts = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            LocalDate to = k + 1 < runs.size() ? starts.get(k + 1).minusDays(1) : last;
            Version version = runs.get(k);
            if (version == null) {
                notes.add("No version of the plan was in force from " + starts.get(k) + " to " + to + ": those days are not paid.");
                continue;
            }
            parts.add(new Statement.Part("Version " + version.number(), version.number(), version.plan(), starts.get(k), to));
        }
        if (parts.size() > 1) {
            parts.replaceAll(p -> new Statement.Part(p.label() + ", " + p.from() + " to " + p.to(), p.version(), p.plan(), p.from(), p.to()));
        }
        return parts;
    }

    private static Version inForce(List<Version> versions, LocalDate day) {
        Version found = null;
        for (Version version : versions) {
            if (!version.plan().effective().isAfter(day) && (found == null || version.number() > found.number())) {
                found = version;
            }
        }
        return found;
    }

    private static Statement.Line base(Input in, Statement.Part part, LocalDate end) {
        Plan plan = part.plan();
        BigDecimal full = plan.base().multiply(BigDecimal.valueOf(plan.payPeriod().perYear()))
                .divide(BigDecimal.valueOf(in.period().perYear()), 10, RoundingMode.HALF_UP);
        long days = ChronoUnit.DAYS.between(part.from(), part.to()) + 1;
        long periodDays = ChronoUnit.DAYS.between(in.start(), end) + 1;
        String perPeriod = Money.format(Money.round(full, plan.currency()), plan.currency()) + " a " + in.period().key();
        if (days == periodDays) {
            return new Statement.Line(part.label(), "base", "Base salary, " + perPeriod, Money.round(full, plan.currency()), null);
        }
        BigDecimal share = full.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(periodDays), 10, RoundingMode.HALF_UP);
        return new Statement.Line(part.label(), "base", "Base salary, " + perPeriod + ", for " + days + " of " + periodDays + " days",
                Money.round(share, plan.currency()), null);
    }

    /** Each part pays the bonuses whose bonus period ends on one of its days, with that bonus period's results. */
    private static void bonuses(Input in, Statement.Part part, List<Statement.Line> lines) {
        Plan plan = part.plan();
        for (KpiBonus bonus : plan.kpiBonuses()) {
            List<String> keys = bonus.kpis().stream().map(KpiBonus.Weighted::kpi).toList();
            for (LocalDate start = bonus.period().startOf(in.start()); !start.isAfter(part.to()); start = bonus.period().next(start)) {
                LocalDate bonusEnd = bonus.period().endOf(start);
                if (bonusEnd.isAfter(part.to()) || bonusEnd.isBefore(part.from())) {
                    continue;
                }
                String prefix = bonus.period() == in.period() ? "" : "For the " + bonus.period().key() + " " + start + " to " + bonusEnd + ": ";
                for (PlanLine line : bonus.lines(in.measures().of(bonus.period(), start, keys), plan.currency())) {
                    lines.add(new Statement.Line(part.label(), line.component(), prefix + line.formula(), line.amount(), null));
                }
            }
        }
    }
}

package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.incentive.plan.KpiBonus;
import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.PayPeriod;
import dev.goose.incentive.plan.Plan;
import dev.goose.incentive.plan.Statements;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.board.KpiResults;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The what-if calculator: the caller's statement this period as if they had also won deals of the amounts
 * given today and done more of the activity their plan's KPI bonuses measure, computed as the statement
 * is, beside what it is now. Nothing is saved.
 */
@ApplicationScoped
public class WhatIfs {

    @Inject
    CurrentPerson current;

    @Inject
    PayStatements statements;

    @Inject
    KpiResults kpis;

    @Inject
    java.time.Clock clock;

    /** A statement as it would be, beside what it is now; {@code activity} is the extra activity by KPI key, as typed. */
    public record WhatIf(List<String> amounts, Map<String, String> activity, PayViews.Statement statement, String nowShown,
            String differenceShown) {
    }

    /** A KPI a bonus of the caller's plan measures, with what it stands at so far this period. */
    public record Activity(String key, String name, String soFar) {
    }

    /** The KPIs the KPI bonuses of the plan paying the caller today measure, in the plan's order. */
    @Transactional
    public List<Activity> activities() {
        Member viewer = current.member();
        LocalDate today = LocalDate.ofInstant(clock.instant(), viewer.zone());
        return statements.inForce(viewer, today).map(f -> activities(viewer, f.version().plan(), today)).orElse(List.of());
    }

    private List<Activity> activities(Member viewer, Plan plan, LocalDate today) {
        Map<String, PayPeriod> periods = new LinkedHashMap<>();
        for (KpiBonus bonus : plan.kpiBonuses()) {
            bonus.kpis().forEach(k -> periods.putIfAbsent(k.kpi(), bonus.period()));
        }
        List<Activity> found = new ArrayList<>();
        periods.forEach((key, period) -> kpis.of(viewer, List.of(key), PeriodKind.valueOf(period.name()), period.startOf(today)).values()
                .forEach(r -> found.add(new Activity(key, r.name(), r.actual().map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString)
                        .orElse("0") + r.target().map(t -> " of " + t.stripTrailingZeros().toPlainString()).orElse("") + " this "
                        + period.key()))));
        return found;
    }

    /**
     * @param amounts  deals won today, as typed; blank ones are left out, others must be positive amounts
     * @param activity more of each KPI done today, by key, as typed; a KPI the plan's bonuses do not measure is refused
     */
    @Transactional
    public WhatIf compute(List<String> amounts, Map<String, String> activity) {
        ReadOnlyCall.begin();
        Member viewer = current.member();
        LocalDate today = LocalDate.ofInstant(clock.instant(), viewer.zone());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        List<BigDecimal> parsed = new ArrayList<>();
        for (int k = 0; k < amounts.size(); k++) {
            String raw = amounts.get(k) == null ? "" : amounts.get(k).strip().replace(",", "");
            if (raw.isEmpty()) {
                continue;
            }
            BigDecimal amount = raw.matches("\\d{1,12}(\\.\\d{1,2})?") ? new BigDecimal(raw) : null;
            errors.require(amount != null && amount.signum() > 0, "amount" + (k + 1), "Write an amount such as 25000 or 12500.50.");
            if (amount != null) {
                parsed.add(amount);
            }
        }
        PayReads reads = statements.reads(viewer);
        var inForce = statements.inForce(reads, today);
        List<String> measured = inForce.map(f -> f.version().plan().kpiBonuses().stream().flatMap(b -> b.kpis().stream())
                .map(KpiBonus.Weighted::kpi).distinct().toList()).orElse(List.of());
        Map<String, BigDecimal> more = new LinkedHashMap<>();
        activity.forEach((key, typed) -> {
            String raw = typed == null ? "" : typed.strip();
            if (raw.isEmpty()) {
                return;
            }
            if (!measured.contains(key)) {
                errors.add("activity." + key, "Your plan pays no bonus on '" + key + "'"
                        + (measured.isEmpty() ? "." : "; it measures " + String.join(", ", measured) + "."));
                return;
            }
            boolean number = raw.matches("\\d{1,9}(\\.\\d{1,2})?");
            errors.require(number, "activity." + key, "Write how many more, such as 3.");
            if (number) {
                more.put(key, new BigDecimal(raw));
            }
        });
        errors.throwIfAny();
        PayStatements.Computed now = statements.of(reads, today, List.of());
        Currency currency = now.statement().currency();
        if (currency == null) {
            throw new Conflict("No plan pays you this period, so there is nothing to compute.");
        }
        List<Statements.Credit> credits = new ArrayList<>();
        for (int k = 0; k < parsed.size(); k++) {
            credits.add(new Statements.Credit(null, "A deal won today (what if " + (k + 1) + ")", parsed.get(k), currency.getCurrencyCode(),
                    today));
        }
        reads.assume(today, more);
        PayViews.Statement preview = StatementViews.of(viewer, statements.of(reads, today, credits));
        return new WhatIf(amounts, activity, preview, Money.format(now.statement().total(), currency),
                Money.format(preview.total().subtract(now.statement().total()), currency));
    }
}

package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.incentive.plan.PayPeriod;
import dev.goose.incentive.plan.Ramp;
import dev.goose.incentive.plan.Ramps;
import dev.goose.incentive.plan.Statement;
import dev.goose.incentive.plan.Statements;
import dev.goose.kpi.board.KpiResults;
import dev.goose.people.People.Member;
import dev.goose.playbook.Playbooks.PlaybookInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Computes a person's statement from what Goose holds now: their assignments, every version of the
 * plans those name, the deals they won and their KPI results. Nothing is stored, so recomputing an
 * open period gives the same lines for the same facts. Asks no access question; its callers do.
 */
@ApplicationScoped
class PayStatements {

    @Inject
    PlanVersions versions;

    @Inject
    KpiResults kpis;

    @Inject
    WonDeals wonDeals;

    @Inject
    TeamDays teamDays;

    /**
     * A statement with what it was computed from: the spans of the period, the playbooks of their plans,
     * and the plan version in force on the day asked for.
     */
    record Computed(Statement statement, List<Coverage.Span> spans, Map<Long, PlaybookInfo> plans, Optional<InForce> inForce) {
    }

    /** The plan version in force for the person on the day, or empty when no plan pays them then. */
    record InForce(PlaybookInfo plan, Statements.Version version) {
    }

    Optional<InForce> inForce(Member person, LocalDate day) {
        return inForce(reads(person), day);
    }

    /** What computing the person's statements reads, to share between several of them in one call. */
    PayReads reads(Member person) {
        return reads(person, shared());
    }

    /** What one call computing statements reads once for everyone in it. */
    PayShared shared() {
        return new PayShared(wonDeals, teamDays);
    }

    /** As {@link #reads(Member)}, sharing with the other people of the call what is the same for all of them. */
    PayReads reads(Member person, PayShared shared) {
        return new PayReads(person, kpis, shared);
    }

    Optional<InForce> inForce(PayReads reads, LocalDate day) {
        List<Coverage.Span> spans = Coverage.of(reads.own(), reads::team, day, day);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        Long playbookId = spans.get(0).playbookId();
        List<Statements.Version> all = reads.versions.computeIfAbsent(playbookId, versions::of);
        Statements.Version version = all.stream().filter(v -> !v.plan().effective().isAfter(day)).reduce((a, b) -> b)
                .or(() -> all.stream().findFirst()).orElse(null);
        PlaybookInfo plan = reads.shared.playbooks(List.of(playbookId)).get(playbookId);
        return version == null || plan == null ? Optional.empty() : Optional.of(new InForce(plan, version));
    }

    /**
     * The statement of the pay period holding the day, by the period of the plan in force that day (a
     * month without one), with the team pools and the new hire's guarantee or draw of the version paying
     * at its end; a guarantee or a draw counts the pools as variable pay.
     */
    Computed of(Member person, LocalDate day) {
        return of(reads(person), day, List.of());
    }

    /** As {@link #of(Member, LocalDate)}, as if the deals given had also been won: for previews of what closing them pays. */
    Computed of(PayReads reads, LocalDate day, List<Statements.Credit> extra) {
        Member person = reads.person;
        Computed computed = computed(reads, day, extra);
        Statement s = SpiffOutcomes.withSpiffs(reads, TeamOutcomes.withPools(reads, computed.statement()), lastPlan(computed));
        if (s.parts().isEmpty()) {
            return computed;
        }
        computed = new Computed(s, computed.spans(), computed.plans(), computed.inForce());
        Statement.Part last = s.parts().get(s.parts().size() - 1);
        Ramp ramp = last.plan().ramp();
        if (ramp == null || !last.plan().currency().equals(s.currency())) {
            return computed;
        }
        Optional<LocalDate> rampStart = reads.rampStart();
        if (rampStart.isEmpty()) {
            return new Computed(s.noting("The plan's " + ramp.key() + " counts from onboarding start, and " + person.name()
                    + " has neither an onboarding nor a hire date: nothing is paid by it."), computed.spans(), computed.plans(), computed.inForce());
        }
        PayPeriod kind = s.period();
        LocalDate first = kind.startOf(rampStart.get());
        int number = 0;
        for (LocalDate p = first; !p.isAfter(s.start()) && number <= 2 * ramp.periods(); p = kind.next(p)) {
            number++;
        }
        List<BigDecimal> prior = new ArrayList<>();
        boolean paysNow = ramp.kind() == Ramp.Kind.GUARANTEE ? number <= ramp.periods() : number <= 2 * ramp.periods();
        if (!paysNow) {
            return computed;
        }
        // Only a draw carries a balance, so only a draw computes the periods before, and only while it lasts.
        for (LocalDate p = first; ramp.kind() == Ramp.Kind.DRAW && p.isBefore(s.start()); p = kind.next(p)) {
            Computed earlier = computed(reads, p, List.of());
            Statement before = SpiffOutcomes.withSpiffs(reads, TeamOutcomes.withPools(reads, earlier.statement()), lastPlan(earlier));
            prior.add(before.parts().isEmpty() ? null : Ramps.variable(before));
        }
        Statement paid = Ramps.line(ramp, last.label(), number, prior, Ramps.variable(s), rampStart.get(), s.currency()).map(s::plus).orElse(s);
        return new Computed(paid, computed.spans(), computed.plans(), computed.inForce());
    }

    /** The playbook of the plan paying at the period's end, whose version's pools and SPIFFs the statement pays. */
    private static Long lastPlan(Computed computed) {
        return computed.spans().isEmpty() ? null : computed.spans().get(computed.spans().size() - 1).playbookId();
    }

    private Computed computed(PayReads reads, LocalDate day, List<Statements.Credit> extra) {
        Optional<InForce> inForce = inForce(reads, day);
        PayPeriod kind = inForce.map(f -> f.version().plan().payPeriod()).orElse(PayPeriod.MONTH);
        LocalDate start = kind.startOf(day);
        LocalDate end = kind.endOf(start);
        List<Coverage.Span> spans = Coverage.of(reads.own(), reads::team, start, end);
        Map<Long, PlaybookInfo> plans = reads.shared.playbooks(spans.stream().map(Coverage.Span::playbookId).distinct().toList());
        if (spans.isEmpty()) {
            return new Computed(new Statement(start, end, kind, null, List.of(), List.of(), BigDecimal.ZERO, true,
                    List.of("No plan pays you in this period.")), spans, plans, inForce);
        }
        List<Statements.Credit> credits = new ArrayList<>(reads.credits(start.withDayOfYear(1), end));
        credits.addAll(extra);
        credits.sort(java.util.Comparator.comparing(Statements.Credit::closedOn));
        Statements.Measures measures = reads.measures();
        Statements.Rates rates = reads.rates;
        List<Statement> statements = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Coverage.Span span : spans) {
            LocalDate from = span.from().isAfter(start) ? span.from() : span.startsOn();
            List<Statements.Version> plan = reads.versions.computeIfAbsent(span.playbookId(), versions::of);
            statements.add(Statements.compute(new Statements.Input(kind, start, from, span.to(), plan, credits, measures, rates)));
            names.add(plans.containsKey(span.playbookId()) ? plans.get(span.playbookId()).title() : "A removed plan");
        }
        return new Computed(Statements.join(names, statements), spans, plans, inForce);
    }
}

package dev.goose.incentive.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goose.incentive.plan.PlanLine;
import dev.goose.incentive.plan.Spiff;
import dev.goose.incentive.plan.Statement;
import dev.goose.kpi.board.KpiResults;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.Deals;

/**
 * The SPIFFs a statement pays: for each SPIFF of the version paying at the period's end that runs in
 * the period, every event of everyone the plan paid on the event's day, from the SPIFF's first day on
 * (so that its budget is spent in the order events happened), and the person's events of this period
 * with what each earned. Days are each owner's own, in their zone.
 */
final class SpiffOutcomes {

    private SpiffOutcomes() {
    }

    static Statement withSpiffs(PayReads reads, Statement s, Long playbookId) {
        if (s.parts().isEmpty() || playbookId == null) {
            return s;
        }
        Statement.Part last = s.parts().get(s.parts().size() - 1);
        if (last.plan().spiffs().isEmpty() || !last.plan().currency().equals(s.currency())) {
            return s;
        }
        Statement paid = s;
        for (Spiff spiff : last.plan().spiffs()) {
            if (spiff.to().isBefore(s.start()) || spiff.from().isAfter(s.end())) {
                continue;
            }
            LocalDate until = spiff.to().isBefore(s.end()) ? spiff.to() : s.end();
            // Everyone's events and what each earned are the same for every statement of the call that pays this SPIFF.
            List<Spiff.Paid> allocated = reads.shared.once("spiff/" + playbookId + "/" + spiff + "/" + until + "/" + s.currency(),
                    () -> spiff.allocate(occurrences(reads, spiff, paidBy(playbookId, spiff.from(), until), until), s.currency()));
            for (Spiff.Paid one : allocated) {
                Spiff.Occurrence o = one.occurrence();
                if (o.personId().equals(reads.person.id()) && !o.day().isBefore(s.start()) && !o.day().isAfter(s.end())) {
                    PlanLine line = spiff.line(one, s.currency());
                    paid = paid.plus(new Statement.Line(last.label(), line.component(), line.formula(), line.amount(), o.dealId()));
                }
            }
        }
        return paid;
    }

    /** Someone the plan pays on some of the SPIFF's days, and the spans it pays them. */
    private record Covered(Member person, List<Coverage.Span> spans) {

        boolean paidOn(LocalDate day) {
            return spans.stream().anyMatch(span -> !day.isBefore(span.from()) && !day.isAfter(span.to()));
        }
    }

    /** Everyone the plan pays on some day from {@code from} to {@code to}, by id. */
    private static Map<Long, Covered> paidBy(Long playbookId, LocalDate from, LocalDate to) {
        Map<Long, Member> candidates = new LinkedHashMap<>();
        List<Long> assignedPeople = new ArrayList<>();
        for (PlanAssignment a : PlanAssignment.ofPlaybook(playbookId)) {
            if (a.personId != null) {
                assignedPeople.add(a.personId);
            } else {
                People.onTeamWithin(a.teamId, from, to).forEach(m -> candidates.put(m.id(), m));
            }
        }
        candidates.putAll(People.byIds(assignedPeople));
        Map<Long, Covered> paidBy = new HashMap<>();
        // Each candidate's days on teams, and their own and their teams' assignments of any plan, in one query
        // each: another plan may take over from this one, and a team's plan pays on the days they were on it.
        Map<Long, List<People.Stretch>> stretches = People.stretchesOf(candidates.keySet());
        List<PlanAssignment> all = PlanAssignment.ofAny(candidates.keySet(),
                stretches.values().stream().flatMap(List::stream).map(People.Stretch::teamId).distinct().toList());
        for (Member m : candidates.values()) {
            List<Coverage.Assigned> own = all.stream().filter(a -> m.id().equals(a.personId)).map(PlanAssignment::assigned).toList();
            List<People.Stretch> on = stretches.getOrDefault(m.id(), List.of());
            java.util.function.Function<LocalDate, List<Coverage.Assigned>> team = day -> People.Stretch.teamOn(on, day)
                    .map(t -> all.stream().filter(a -> t.equals(a.teamId)).map(PlanAssignment::assigned).toList()).orElse(List.of());
            List<Coverage.Span> spans = Coverage.of(own, team, from, to).stream().filter(span -> span.playbookId().equals(playbookId)).toList();
            if (!spans.isEmpty()) {
                paidBy.put(m.id(), new Covered(m, spans));
            }
        }
        return paidBy;
    }

    private static List<Spiff.Occurrence> occurrences(PayReads reads, Spiff spiff, Map<Long, Covered> paidBy, LocalDate until) {
        if (paidBy.isEmpty()) {
            return List.of();
        }
        if (spiff.each() == Spiff.Event.KPI) {
            // An entry is for a day, not a moment: it counts as done at the start of its day, in its owner's zone.
            List<Spiff.Occurrence> found = new ArrayList<>();
            for (KpiResults.Entry entry : reads.kpiEntries(paidBy.keySet(), spiff.qualifier(), spiff.from(), until)) {
                Covered owner = paidBy.get(entry.personId());
                if (owner != null && owner.paidOn(entry.day()) && entry.value().signum() > 0) {
                    found.add(new Spiff.Occurrence(entry.personId(), entry.day().atStartOfDay(owner.person().zone()).toInstant(), entry.day(),
                            entry.id(), entry.dealId(), null, entry.value()));
                }
            }
            return found;
        }
        ZoneWindow window = ZoneWindow.spanning(paidBy.values().stream().map(Covered::person).toList(), spiff.from(), until);
        List<Spiff.Occurrence> found = new ArrayList<>();
        if (spiff.each() == Spiff.Event.DEAL_WON) {
            for (Deals.WonDeal deal : Deals.wonByAny(paidBy.keySet(), window.from(), window.until())) {
                if (spiff.qualifier() == null || spiff.qualifier().equals(deal.pipeline())) {
                    add(found, paidBy.get(deal.ownerId()), deal.closedAt(), deal.id(), deal.name(), until);
                }
            }
        } else {
            for (Deals.Entered entered : Deals.entered(paidBy.keySet(), spiff.qualifier(), window.from(), window.until())) {
                add(found, paidBy.get(entered.ownerId()), entered.at(), entered.dealId(), entered.name(), until);
            }
        }
        return found;
    }

    /** An event of someone the plan paid on its day; others' events, or days it did not pay them, earn nothing from it. */
    private static void add(List<Spiff.Occurrence> found, Covered owner, Instant at, Long dealId, String name, LocalDate until) {
        if (owner == null) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(at, owner.person().zone());
        if (!day.isAfter(until) && owner.paidOn(day)) {
            found.add(new Spiff.Occurrence(owner.person().id(), at, day, dealId, name));
        }
    }
}

package dev.goose.incentive.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goose.incentive.plan.PlanLine;
import dev.goose.incentive.plan.Spiff;
import dev.goose.incentive.plan.Statement;
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
            Map<Long, List<Coverage.Span>> paidBy = paidBy(playbookId, spiff.from(), until);
            List<Spiff.Occurrence> occurrences = occurrences(spiff, paidBy, playbookId, until);
            for (Spiff.Paid one : spiff.allocate(occurrences, s.currency())) {
                Spiff.Occurrence o = one.occurrence();
                if (o.personId().equals(reads.person.id()) && !o.day().isBefore(s.start()) && !o.day().isAfter(s.end())) {
                    PlanLine line = spiff.line(one, s.currency());
                    paid = paid.plus(new Statement.Line(last.label(), line.component(), line.formula(), line.amount(), o.dealId()));
                }
            }
        }
        return paid;
    }

    /** Everyone the plan pays on some day from {@code from} to {@code to}, with the spans it pays them. */
    private static Map<Long, List<Coverage.Span>> paidBy(Long playbookId, LocalDate from, LocalDate to) {
        Map<Long, Member> candidates = new LinkedHashMap<>();
        for (PlanAssignment a : PlanAssignment.ofPlaybook(playbookId)) {
            if (a.personId != null) {
                People.byId(a.personId).ifPresent(m -> candidates.put(m.id(), m));
            } else {
                People.onTeam(a.teamId).forEach(m -> candidates.put(m.id(), m));
            }
        }
        Map<Long, List<Coverage.Span>> paidBy = new HashMap<>();
        for (Member m : candidates.values()) {
            List<Coverage.Assigned> own = PlanAssignment.ofPerson(m.id()).stream().map(a -> new Coverage.Assigned(a.playbookId, a.startsOn)).toList();
            List<Coverage.Assigned> team = PlanAssignment.ofTeam(m.teamId()).stream().map(a -> new Coverage.Assigned(a.playbookId, a.startsOn))
                    .toList();
            List<Coverage.Span> spans = Coverage.of(own, team, from, to).stream().filter(span -> span.playbookId().equals(playbookId)).toList();
            if (!spans.isEmpty()) {
                paidBy.put(m.id(), spans);
            }
        }
        return paidBy;
    }

    private static List<Spiff.Occurrence> occurrences(Spiff spiff, Map<Long, List<Coverage.Span>> paidBy, Long playbookId, LocalDate until) {
        if (paidBy.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> people = People.byIds(paidBy.keySet());
        Instant from = people.values().stream().map(m -> spiff.from().atStartOfDay(m.zone()).toInstant()).min(Comparator.naturalOrder())
                .orElse(spiff.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        Instant end = people.values().stream().map(m -> until.plusDays(1).atStartOfDay(m.zone()).toInstant()).max(Comparator.naturalOrder())
                .orElse(from);
        List<Spiff.Occurrence> found = new ArrayList<>();
        if (spiff.each() == Spiff.Event.DEAL_WON) {
            for (Deals.WonDeal deal : Deals.wonByAny(paidBy.keySet(), from, end)) {
                if (spiff.qualifier() == null || spiff.qualifier().equals(deal.pipeline())) {
                    add(found, people.get(deal.ownerId()), paidBy, deal.closedAt(), deal.id(), deal.name(), until);
                }
            }
        } else {
            for (Deals.Entered entered : Deals.entered(paidBy.keySet(), spiff.qualifier(), from, end)) {
                add(found, people.get(entered.ownerId()), paidBy, entered.at(), entered.dealId(), entered.name(), until);
            }
        }
        return found;
    }

    /** An event of someone the plan paid on its day; others' events, or days it did not pay them, earn nothing from it. */
    private static void add(List<Spiff.Occurrence> found, Member owner, Map<Long, List<Coverage.Span>> paidBy, Instant at, Long dealId,
            String name, LocalDate until) {
        if (owner == null) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(at, owner.zone());
        boolean paid = !day.isAfter(until) && paidBy.get(owner.id()).stream()
                .anyMatch(span -> !day.isBefore(span.from()) && !day.isAfter(span.to()) && !day.isBefore(span.startsOn()));
        if (paid) {
            found.add(new Spiff.Occurrence(owner.id(), at, day, dealId, name));
        }
    }
}

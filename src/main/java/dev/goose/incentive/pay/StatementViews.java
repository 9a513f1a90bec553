package dev.goose.incentive.pay;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.PayPeriod;
import dev.goose.incentive.plan.Statement;
import dev.goose.people.People.Member;
import dev.goose.playbook.Playbooks.PlaybookInfo;

/** Statements as people read them: money formatted beside the exact amount, each part with its acceptance, times in the signer's zone. */
final class StatementViews {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private StatementViews() {
    }

    /** The period in words: "December 2026" or "Q4 2026". */
    static String title(PayPeriod kind, LocalDate start) {
        return kind == PayPeriod.MONTH ? MONTH.format(start) : "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
    }

    static String title(String kind, LocalDate start) {
        return title(PayPeriod.ofKey(kind).orElseThrow(), start);
    }

    /** The computed statement as shown, before any adjustment or review is added. */
    static PayViews.Statement of(Member person, PayStatements.Computed computed) {
        Statement s = computed.statement();
        List<PayViews.Part> parts = new ArrayList<>();
        boolean accepted = !s.parts().isEmpty();
        for (Statement.Part part : s.parts()) {
            PlaybookInfo plan = planOf(computed, part);
            PayViews.Acceptance acceptance = plan == null ? null : acceptance(person, plan, part.version());
            accepted &= acceptance != null;
            parts.add(new PayViews.Part(part.label(), plan == null ? null : plan.slug(), plan == null ? null : plan.title(),
                    part.version(), part.from(), part.to(), acceptance));
        }
        List<PayViews.Line> lines = s.lines().stream().map(l -> line(l, s.currency())).toList();
        return new PayViews.Statement(person.id(), person.name(), s.period().key(), title(s.period(), s.start()), s.start(), s.end(),
                s.currency() == null ? null : s.currency().getCurrencyCode(), parts, lines, s.total(),
                s.currency() == null ? "" : Money.format(s.total(), s.currency()), s.complete(), accepted, s.notes(),
                s.start().minusDays(1), s.end().plusDays(1), null, null);
    }

    static PayViews.Line line(Statement.Line l, java.util.Currency currency) {
        String kind = l.adjusts() != null || "adjustment".equals(l.component()) ? "adjustment" : "base".equals(l.component()) ? "base" : "variable";
        return new PayViews.Line(l.part(), l.component(), l.formula(), l.amount(), Money.format(l.amount(), currency), l.dealId(), kind,
                l.adjusts());
    }

    static Statement.Line line(PayViews.Line l) {
        return new Statement.Line(l.part(), l.component(), l.formula(), l.amount(), l.dealId(), l.adjusts());
    }

    /** The plan a part belongs to: the span whose days hold the part's first day. */
    private static PlaybookInfo planOf(PayStatements.Computed computed, Statement.Part part) {
        return computed.spans().stream().filter(span -> !part.from().isBefore(span.from()) && !part.from().isAfter(span.to()))
                .findFirst().map(span -> computed.plans().get(span.playbookId())).orElse(null);
    }

    static PayViews.Acceptance acceptance(Member person, PlaybookInfo plan, int version) {
        return PlanAcceptance.of(person.id(), plan.id(), version).map(a -> acceptance(a, plan, person)).orElse(null);
    }

    /** The time shown in the zone of the person who signed, named, so a manager elsewhere reads it right. */
    static PayViews.Acceptance acceptance(PlanAcceptance a, PlaybookInfo plan, Member person) {
        return new PayViews.Acceptance(plan.slug(), a.versionNumber, a.signedName, a.acceptedAt, shown(a.acceptedAt, person));
    }

    /** An instant as the person reads it: in their zone, the zone named. */
    static String shown(java.time.Instant at, Member person) {
        String zone = person.zone().normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : person.zone().getId();
        return SIGNED.format(at.atZone(person.zone())) + " (" + zone + ")";
    }
}

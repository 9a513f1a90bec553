package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.goose.incentive.plan.Adjustments;
import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.PayPeriod;
import dev.goose.incentive.plan.Statement;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.Deals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The books of pay: a closed period's statement is read as it was kept, never computed again; an open
 * one is computed and, in the next open period, carries the adjustments that bring each closed period
 * to what it would pay today, and the adjustments managers made. Asks no access question; its callers do.
 */
@ApplicationScoped
class PayBook {

    /** How far back closed periods are computed again for adjustments: changes older than this are not paid. */
    static final int ADJUSTED_YEARS = 1;

    @Inject
    PayStatements statements;

    @Inject
    ObjectMapper mapper;

    /** Reads kept documents leniently, so that a statement kept by an earlier release still reads. */
    private ObjectMapper documents;

    @PostConstruct
    void documents() {
        documents = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** A statement as the books hold it, with its kept row when it was approved or closed. */
    record Entry(PayViews.Statement statement, KeptStatement kept, Optional<PayStatements.InForce> inForce) {

        String state() {
            return statement.review().state();
        }
    }

    /** The person's statement for the pay period holding the day. */
    Entry of(Member person, LocalDate day) {
        return of(person, day, statements.shared());
    }

    /** As {@link #of(Member, LocalDate)}, sharing with the other statements of the call what is the same for all. */
    Entry of(Member person, LocalDate day, PayShared shared) {
        PayReads reads = statements.reads(person, shared);
        PayStatements.Computed computed = statements.of(reads, day, List.of());
        Statement s = computed.statement();
        KeptStatement kept = KeptStatement.of(person.id(), s.period().key(), s.start()).orElse(null);
        Optional<ClosedPeriod> closed = shared.closed(s.period().key(), s.start());
        if (closed.isPresent()) {
            PayViews.Statement paid = kept != null && kept.closedAt != null ? read(kept)
                    : StatementViews.of(person, computed).unpaid("Nothing was paid to " + person.name() + " when this period closed; "
                            + "what it owes now is paid as adjustments in the next open period.");
            return new Entry(paid.with(review(kept, "closed", person, closed.get()), null), kept, computed.inForce());
        }
        Integer clawbackDays = s.parts().isEmpty() ? null : s.parts().get(s.parts().size() - 1).plan().clawbackDays();
        PayViews.Statement live = withAdjustments(reads, StatementViews.of(person, computed), clawbackDays);
        String state = kept == null || kept.approvedAt == null ? "open" : same(read(kept), live) ? "approved" : "changed";
        return new Entry(live.with(review(kept, state, person, null), null), kept, computed.inForce());
    }

    /** The first day of the next open period of this kind: the one after the latest closed, or empty when none closed yet. */
    static Optional<LocalDate> nextOpen(PayPeriod kind) {
        return ClosedPeriod.latest(kind.key()).map(c -> kind.next(c.startsOn));
    }

    /** The statement as it is kept: without review and disputes, which live beside it. */
    String document(PayViews.Statement statement) {
        try {
            return mapper.writeValueAsString(statement.with(null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A statement could not be written as JSON", e);
        }
    }

    PayViews.Statement read(KeptStatement kept) {
        try {
            return documents.readValue(kept.document, PayViews.Statement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The kept statement " + kept.id + " could not be read", e);
        }
    }

    /** Whether two statements pay the same lines: what an approval vouches for. */
    static boolean same(PayViews.Statement a, PayViews.Statement b) {
        return a.total().compareTo(b.total()) == 0 && a.lines().size() == b.lines().size()
                && a.lines().stream().map(PayBook::key).toList().equals(b.lines().stream().map(PayBook::key).toList());
    }

    private static String key(PayViews.Line line) {
        return line.formula() + "=" + line.amount().stripTrailingZeros().toPlainString();
    }

    private static PayViews.Review review(KeptStatement kept, String state, Member person, ClosedPeriod closed) {
        String closedShown = closed == null ? null : StatementViews.shown(closed.closedAt, person);
        if (kept == null || kept.approvedAt == null) {
            return new PayViews.Review(state, null, null, closedShown);
        }
        return new PayViews.Review(state, People.nameOf(kept.approvedBy), StatementViews.shown(kept.approvedAt, person), closedShown);
    }

    /** @param clawbackDays the clawback window of the plan paying the open period, or null for none */
    private PayViews.Statement withAdjustments(PayReads reads, PayViews.Statement live, Integer clawbackDays) {
        Member person = reads.person;
        PayPeriod kind = PayPeriod.ofKey(live.period()).orElseThrow();
        List<Statement.Line> extra = new ArrayList<>();
        String code = live.currency();
        if (reads.shared.nextOpen(kind).filter(live.start()::equals).isPresent()) {
            List<ClosedPeriod> closed = ClosedPeriod.list("periodKind = ?1 and startsOn >= ?2 and startsOn < ?3 order by startsOn",
                    live.period(), live.start().minusYears(ADJUSTED_YEARS), live.start());
            Map<LocalDate, PayViews.Statement> paid = new HashMap<>();
            for (KeptStatement kept : KeptStatement.closedOf(person.id(), live.period(), live.start().minusYears(ADJUSTED_YEARS))) {
                PayViews.Statement was = read(kept);
                paid.put(was.start(), was);
                code = code == null ? was.currency() : code;
            }
            if (code != null) {
                extra.addAll(recomputed(reads, closed, paid, Currency.getInstance(code), clawbackDays));
            }
        }
        for (PayAdjustment made : PayAdjustment.of(person.id(), live.period(), live.start())) {
            code = code == null ? made.currency : code;
            extra.add(new Statement.Line(Adjustments.PART, "adjustment", "Adjustment by " + People.nameOf(made.madeBy) + ": " + made.reason,
                    made.amount, null, null));
        }
        if (extra.isEmpty()) {
            return live;
        }
        Currency currency = Currency.getInstance(code);
        List<PayViews.Line> lines = extra.stream().map(l -> StatementViews.line(l, currency)).toList();
        BigDecimal total = Money.round(live.total(), currency);
        for (PayViews.Line line : lines) {
            total = total.add(Money.round(line.amount(), currency));
        }
        return live.withLines(lines, total, Money.format(total, currency), code);
    }

    /**
     * Each closed period computed again, and the differences with what was paid then and adjusted since;
     * a closed period with nothing kept for the person paid them nothing.
     */
    private List<Statement.Line> recomputed(PayReads reads, List<ClosedPeriod> closed, Map<LocalDate, PayViews.Statement> paid,
            Currency currency, Integer clawbackDays) {
        Member person = reads.person;
        Map<LocalDate, PayViews.Statement> now = new HashMap<>();
        Set<Long> deals = new HashSet<>();
        for (ClosedPeriod period : closed) {
            PayViews.Statement today = StatementViews.of(person, statements.of(reads, period.startsOn, List.of()));
            now.put(period.startsOn, today);
            today.lines().forEach(l -> deals.add(l.dealId()));
        }
        paid.values().forEach(was -> was.lines().forEach(l -> deals.add(l.dealId())));
        deals.remove(null);
        Map<Long, Adjustments.Deal> facts = new HashMap<>();
        Deals.standingsOf(deals).forEach((id, d) -> facts.put(id, new Adjustments.Deal(d.name(),
                Adjustments.DealNow.valueOf(d.outcome().toUpperCase(Locale.ROOT)), d.since() == null ? null
                        : LocalDate.ofInstant(d.since(), person.zone()))));
        List<Statement.Line> lines = new ArrayList<>();
        for (ClosedPeriod period : closed) {
            PayViews.Statement was = paid.get(period.startsOn);
            List<Statement.Line> before = new ArrayList<>();
            paid.values().forEach(c -> c.lines().stream().filter(l -> period.startsOn.equals(l.adjusts())).map(StatementViews::line)
                    .forEach(before::add));
            String title = StatementViews.title(period.periodKind, period.startsOn);
            LocalDate end = PayPeriod.ofKey(period.periodKind).orElseThrow().endOf(period.startsOn);
            lines.addAll(Adjustments.of(new Adjustments.Closed(title, period.startsOn, end, was == null ? List.of() : own(was),
                    own(now.get(period.startsOn)), before, facts, clawbackDays), currency));
        }
        return lines;
    }

    /** The lines that paid for the period itself, without the adjustments it carried. */
    private static List<Statement.Line> own(PayViews.Statement statement) {
        return statement.lines().stream().filter(l -> !l.adjustment()).map(StatementViews::line).toList();
    }
}

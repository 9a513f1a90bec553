package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.goose.csv.SpreadsheetCsv;
import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.incentive.plan.PayPeriod;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Approving and closing: a manager approves the statements of the people they lead (never their own),
 * an admin closes a period once every statement paying in it is approved as it stands, complete and
 * undisputed, and payroll is exported from the statements so closed. Periods of a kind close in order.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    PayBook book;

    /** @param period a day of the period to approve, today when null */
    public record ApproveRequest(Long person, LocalDate period) {
    }

    @Transactional
    public PayViews.Review approve(ApproveRequest request) {
        Member viewer = current.member();
        if (request == null || request.person() == null) {
            throw InvalidInput.of("person", "Name the person whose statement you approve.");
        }
        Member person = access.visibleMember(viewer, request.person());
        if (person.id().equals(viewer.id())) {
            throw new NotAllowed("You cannot approve your own statement; a manager who leads you or an admin does.");
        }
        LocalDate day = request.period() == null ? LocalDate.ofInstant(clock.instant(), person.zone()) : request.period();
        PayBook.Entry entry = book.of(person, day);
        PayViews.Statement s = entry.statement();
        if (ClosedPeriod.of(s.period(), s.start()).isPresent()) {
            throw new Conflict(s.title() + " is closed: its statement is paid and never changes.");
        }
        problem(entry, person).ifPresent(p -> {
            throw new Conflict(person.name() + "'s statement for " + s.title() + " cannot be approved: " + p + ".");
        });
        KeptStatement kept = entry.kept() == null ? new KeptStatement() : entry.kept();
        keep(kept, person, s);
        kept.approvedBy = viewer.id();
        kept.approvedAt = clock.instant();
        kept.persist();
        return new PayViews.Review("approved", viewer.name(), StatementViews.shown(kept.approvedAt, person), null);
    }

    /** Why the statement cannot be approved as it stands, if it cannot. */
    private static Optional<String> problem(PayBook.Entry entry, Member person) {
        PayViews.Statement s = entry.statement();
        if (!s.pays()) {
            return Optional.of("no plan pays " + person.name() + " in it");
        }
        if (!s.complete()) {
            return Optional.of("some deals are not credited yet (the lines say why)");
        }
        long open = PayDispute.of(person.id(), s.period(), s.start()).stream().filter(PayDispute::open).count();
        return open == 0 ? Optional.empty() : Optional.of(open + (open == 1 ? " dispute is" : " disputes are") + " still open");
    }

    /** The periods of the kind around today: those closed lately, the next to close and the current one. */
    @Transactional
    public List<PayViews.Period> periods(String kindKey) {
        PayPeriod kind = kind(kindKey);
        Member viewer = current.member();
        LocalDate today = LocalDate.ofInstant(clock.instant(), viewer.zone());
        LocalDate thisPeriod = kind.startOf(today);
        LocalDate next = PayBook.nextOpen(kind).orElse(null);
        LocalDate from = next == null ? kind.startOf(thisPeriod.minusMonths(12 / kind.perYear())) : next;
        List<PayViews.Period> periods = new ArrayList<>();
        LocalDate last = thisPeriod.isAfter(from) ? thisPeriod : from;
        for (LocalDate start = from; !start.isAfter(last); start = kind.next(start)) {
            periods.add(period(kind, start, next == null || next.equals(start), viewer));
        }
        List<ClosedPeriod> closed = ClosedPeriod.list("periodKind = ?1 order by startsOn desc", kind.key());
        closed.stream().limit(12).forEach(c -> periods.add(period(kind, c.startsOn, false, viewer)));
        periods.sort(Comparator.comparing(PayViews.Period::start).reversed());
        return periods;
    }

    /** Closes the period: refused, saying which statements stand in the way, unless every one is approved, complete and undisputed. */
    @Transactional
    public PayViews.Period close(String kindKey, LocalDate start) {
        PayPeriod kind = kind(kindKey);
        Member viewer = current.member();
        if (start == null || !kind.startOf(start).equals(start)) {
            throw InvalidInput.of("start", "A " + kind.key() + " is named by its first day, as " + kind.startOf(start == null
                    ? LocalDate.ofInstant(clock.instant(), viewer.zone()) : start) + ".");
        }
        String title = StatementViews.title(kind, start);
        if (ClosedPeriod.of(kind.key(), start).isPresent()) {
            throw new Conflict(title + " is already closed.");
        }
        Optional<LocalDate> next = PayBook.nextOpen(kind);
        if (next.isPresent() && !next.get().equals(start)) {
            throw new Conflict("Periods close in order: the next to close is " + StatementViews.title(kind, next.get()) + ".");
        }
        if (start.isAfter(LocalDate.ofInstant(clock.instant(), viewer.zone()))) {
            throw new Conflict(title + " has not begun yet.");
        }
        List<String> notApproved = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        List<PayBook.Entry> entries = new ArrayList<>();
        for (Member person : People.everyone()) {
            PayBook.Entry entry = book.of(person, start);
            PayViews.Statement s = entry.statement();
            if (!s.period().equals(kind.key()) || !s.start().equals(start) || !s.pays()) {
                continue;
            }
            entries.add(entry);
            problem(entry, person).ifPresentOrElse(p -> blocked.add(person.name() + " (" + p + ")"), () -> {
                if ("open".equals(entry.state())) {
                    notApproved.add(person.name());
                } else if ("changed".equals(entry.state())) {
                    changed.add(person.name());
                }
            });
        }
        List<String> reasons = new ArrayList<>();
        if (!blocked.isEmpty()) {
            reasons.add("Not ready: " + String.join(", ", blocked) + ".");
        }
        if (!notApproved.isEmpty()) {
            reasons.add("Not approved yet: " + String.join(", ", notApproved) + ".");
        }
        if (!changed.isEmpty()) {
            reasons.add("Changed since approved, to approve again: " + String.join(", ", changed) + ".");
        }
        if (!reasons.isEmpty()) {
            throw new Conflict(title + " cannot be closed yet. " + String.join(" ", reasons));
        }
        for (PayBook.Entry entry : entries) {
            keep(entry.kept(), null, entry.statement());
            entry.kept().closedAt = clock.instant();
        }
        ClosedPeriod closed = new ClosedPeriod();
        closed.periodKind = kind.key();
        closed.startsOn = start;
        closed.closedBy = viewer.id();
        closed.closedAt = clock.instant();
        closed.persist();
        return period(kind, start, false, viewer);
    }

    /** Payroll for a closed period as CSV: a row per person paid, whose base, variable pay and adjustments add up to the total. */
    @Transactional
    public String payroll(String kindKey, LocalDate start) {
        PayPeriod kind = kind(kindKey);
        if (start == null || ClosedPeriod.of(kind.key(), start).isEmpty()) {
            throw new Conflict("Close " + (start == null ? "the period" : StatementViews.title(kind, start))
                    + " first: payroll is paid from closed statements.");
        }
        List<KeptStatement> kept = KeptStatement.ofPeriod(kind.key(), start).stream().filter(k -> k.closedAt != null).toList();
        Map<Long, Member> people = People.byIds(kept.stream().map(k -> k.personId).toList());
        List<List<?>> rows = new ArrayList<>();
        for (KeptStatement k : kept) {
            PayViews.Statement s = book.read(k);
            Member person = people.get(k.personId);
            rows.add(List.of(person.name(), person.email(), s.title(), s.currency(), sum(s, "base"), sum(s, "variable"),
                    sum(s, "adjustment"), s.total()));
        }
        rows.sort(Comparator.comparing(row -> ((String) row.get(0)).toLowerCase(Locale.ROOT)));
        return SpreadsheetCsv.write(List.of("person", "email", "period", "currency", "base", "variable", "adjustments", "total"), rows);
    }

    private static BigDecimal sum(PayViews.Statement s, String kind) {
        return s.sum(kind).setScale(java.util.Currency.getInstance(s.currency()).getDefaultFractionDigits());
    }

    private void keep(KeptStatement kept, Member person, PayViews.Statement s) {
        if (person != null) {
            kept.personId = person.id();
            kept.periodKind = s.period();
            kept.startsOn = s.start();
        }
        kept.currency = s.currency();
        kept.total = s.total();
        kept.document = book.document(s);
    }

    private PayViews.Period period(PayPeriod kind, LocalDate start, boolean closable, Member viewer) {
        ClosedPeriod closed = ClosedPeriod.of(kind.key(), start).orElse(null);
        long approved = KeptStatement.count("periodKind = ?1 and startsOn = ?2 and approvedAt is not null", kind.key(), start);
        long disputes = PayDispute.count("periodKind = ?1 and startsOn = ?2 and resolvedAt is null", kind.key(), start);
        return new PayViews.Period(kind.key(), start, kind.endOf(start), StatementViews.title(kind, start), closed != null,
                closed == null ? null : People.nameOf(closed.closedBy), closed == null ? null : StatementViews.shown(closed.closedAt, viewer),
                closed == null && closable, approved, disputes);
    }

    private static PayPeriod kind(String key) {
        return PayPeriod.ofKey(key).orElseThrow(() -> InvalidInput.of("kind", "A pay period is a month or a quarter."));
    }
}

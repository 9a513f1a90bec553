package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.errors.NotFound;
import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.PayPeriod;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Disputes of statement lines: a rep disputes a line of their own statement with a comment, they and
 * the managers who see them write back and forth, and a manager resolves it with an adjustment (paid in
 * the disputed period while it is open, else in the next open period) or with a reason. Every message
 * is kept; nobody resolves a dispute of their own pay.
 */
@ApplicationScoped
public class DisputeService {

    static final int LONGEST = 4000;

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    PayBook book;

    /** @param line the line's position on the statement, 1 for the first; period: a day of the period (today when null) */
    public record OpenRequest(LocalDate period, Integer line, String comment) {
        public static OpenRequest empty() {
            return new OpenRequest(null, null, null);
        }
    }

    public record MessageRequest(String body) {
    }

    /** @param amount added to the person's pay, in the statement's currency; null or zero resolves with the reason alone */
    public record ResolveRequest(BigDecimal amount, String reason) {
    }

    @Transactional
    public PayViews.Dispute open(OpenRequest request) {
        Member viewer = current.member();
        LocalDate day = request.period() == null ? LocalDate.ofInstant(clock.instant(), viewer.zone()) : request.period();
        PayViews.Statement statement = book.of(viewer, day).statement();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        int count = statement.lines().size();
        errors.require(request.line() != null && request.line() >= 1 && request.line() <= count, "line", count == 0
                ? "This statement has no lines to dispute."
                : "Name the line you dispute by its position, from 1 to " + count + ".");
        text(errors, "comment", request.comment(), "Say what you think is wrong with the line.");
        errors.throwIfAny();
        PayViews.Line line = statement.lines().get(request.line() - 1);
        PayDispute dispute = new PayDispute();
        dispute.personId = viewer.id();
        dispute.periodKind = statement.period();
        dispute.startsOn = statement.start();
        dispute.lineFormula = line.formula().length() > 2000 ? line.formula().substring(0, 2000) : line.formula();
        dispute.lineAmount = line.amount();
        dispute.currency = statement.currency();
        dispute.openedAt = clock.instant();
        dispute.persist();
        write(dispute, viewer, request.comment());
        return view(dispute, viewer);
    }

    @Transactional
    public PayViews.Dispute reply(Long id, MessageRequest request) {
        Member viewer = current.member();
        PayDispute dispute = visible(viewer, id);
        if (!dispute.open()) {
            throw new Conflict("This dispute is resolved; open a new one to take it up again.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        text(errors, "body", request == null ? null : request.body(), "Write your answer.");
        errors.throwIfAny();
        write(dispute, viewer, request.body());
        return view(dispute, viewer);
    }

    @Transactional
    public PayViews.Dispute resolve(Long id, ResolveRequest request) {
        Member viewer = current.member();
        PayDispute dispute = visible(viewer, id);
        if (dispute.personId.equals(viewer.id())) {
            throw new NotAllowed("You cannot resolve a dispute of your own pay; a manager who leads you or an admin does.");
        }
        if (!dispute.open()) {
            throw new Conflict("This dispute is already resolved.");
        }
        ResolveRequest asked = request == null ? new ResolveRequest(null, null) : request;
        Currency currency = Currency.getInstance(dispute.currency);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        BigDecimal amount = asked.amount();
        errors.require(amount == null || amount.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits(), "amount",
                "An amount in " + currency + " has at most " + currency.getDefaultFractionDigits() + " decimals.");
        errors.require(amount == null || amount.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) < 0, "amount",
                "An adjustment is less than a billion.");
        text(errors, "reason", asked.reason(), "Say why, so that the rep can follow it.");
        errors.throwIfAny();
        PayPeriod kind = PayPeriod.ofKey(dispute.periodKind).orElseThrow();
        String words;
        if (amount != null && amount.signum() != 0) {
            boolean closed = ClosedPeriod.of(dispute.periodKind, dispute.startsOn).isPresent();
            LocalDate paidIn = closed ? PayBook.nextOpen(kind).orElseThrow() : dispute.startsOn;
            PayAdjustment adjustment = new PayAdjustment();
            adjustment.personId = dispute.personId;
            adjustment.periodKind = dispute.periodKind;
            adjustment.startsOn = paidIn;
            adjustment.amount = Money.round(amount, currency);
            adjustment.currency = dispute.currency;
            adjustment.reason = asked.reason().strip();
            adjustment.disputeId = dispute.id;
            adjustment.madeBy = viewer.id();
            adjustment.madeAt = clock.instant();
            adjustment.persist();
            words = "Resolved with an adjustment of " + Money.format(adjustment.amount, currency) + " in "
                    + StatementViews.title(kind, paidIn) + ": " + adjustment.reason;
        } else {
            words = "Resolved without a change: " + asked.reason().strip();
        }
        write(dispute, viewer, words);
        dispute.resolvedBy = viewer.id();
        dispute.resolvedAt = clock.instant();
        return view(dispute, viewer);
    }

    /** The disputes of the person's statement for a period, each with its exchange. */
    List<PayViews.Dispute> of(Member person, String kind, LocalDate start, Member viewer) {
        return views(PayDispute.of(person.id(), kind, start), viewer);
    }

    /** The open disputes of everyone the caller leads, the oldest first. */
    @Transactional
    public List<PayViews.Dispute> openForTeam() {
        Member viewer = current.member();
        List<Long> people = access.visibleMembers(viewer).stream().map(Member::id).filter(id -> !id.equals(viewer.id())).toList();
        return views(PayDispute.openOf(people), viewer);
    }

    private List<PayViews.Dispute> views(List<PayDispute> disputes, Member viewer) {
        Map<Long, List<PayDisputeMessage>> messages = PayDisputeMessage.of(disputes.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(m -> m.disputeId));
        Collection<Long> authors = messages.values().stream().flatMap(List::stream).map(m -> m.authorId).collect(Collectors.toSet());
        Map<Long, String> names = People.namesOf(authors);
        Map<Long, String> people = People.namesOf(disputes.stream().map(d -> d.personId).toList());
        return disputes.stream().map(d -> view(d, messages.getOrDefault(d.id, List.of()), names, people.get(d.personId), viewer)).toList();
    }

    private PayViews.Dispute view(PayDispute dispute, Member viewer) {
        return views(List.of(dispute), viewer).get(0);
    }

    private static PayViews.Dispute view(PayDispute d, List<PayDisputeMessage> messages, Map<Long, String> names, String person,
            Member viewer) {
        Currency currency = Currency.getInstance(d.currency);
        List<PayViews.Message> exchange = messages.stream()
                .map(m -> new PayViews.Message(names.get(m.authorId), m.body, StatementViews.shown(m.writtenAt, viewer))).toList();
        return new PayViews.Dispute(d.id, d.personId, person, StatementViews.title(d.periodKind, d.startsOn), d.startsOn, d.lineFormula,
                Money.format(d.lineAmount, currency), d.open(), exchange, d.resolvedAt == null ? null : StatementViews.shown(d.resolvedAt, viewer));
    }

    /** The dispute, when it is the viewer's own or of someone they lead; otherwise not found. */
    private PayDispute visible(Member viewer, Long id) {
        PayDispute dispute = id == null ? null : PayDispute.findById(id);
        boolean sees = dispute != null && (dispute.personId.equals(viewer.id())
                || viewer.role() != Role.REP && access.canSee(viewer.id(), viewer.role(), dispute.personId));
        if (!sees) {
            throw new NotFound("The dispute");
        }
        return dispute;
    }

    private void write(PayDispute dispute, Member author, String body) {
        PayDisputeMessage message = new PayDisputeMessage();
        message.disputeId = dispute.id;
        message.authorId = author.id();
        message.body = body.strip();
        message.writtenAt = clock.instant();
        message.persist();
    }

    private static void text(InvalidInput.Collector errors, String field, String value, String missing) {
        errors.require(value != null && !value.isBlank(), field, missing);
        errors.require(value == null || value.strip().length() <= LONGEST, field, "At most " + LONGEST + " characters.");
    }
}

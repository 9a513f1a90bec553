package dev.goose.incentive.pay;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.PayPeriod;
import dev.goose.incentive.plan.Statement;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import dev.goose.playbook.Playbooks.PlaybookInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Pay as people see it: reps their own statements, managers those of the people they lead, admins
 * everyone's; someone out of sight is not found. A rep accepts the plan version that pays them.
 */
@ApplicationScoped
public class PayService {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    PayStatements statements;

    /** A rep's acceptance as asked for: the version they read and their name, typed to sign. */
    public record AcceptRequest(String plan, Integer version, String name) {
        public static AcceptRequest empty() {
            return new AcceptRequest(null, null, null);
        }
    }

    /** The statement of the person (the caller when null) for the pay period holding the day (today when null). */
    @Transactional
    public PayViews.Statement statement(Long personId, LocalDate day) {
        Member viewer = current.member();
        Member person = personId == null ? viewer : access.visibleMember(viewer, personId);
        LocalDate on = day == null ? today(person) : day;
        return view(person, statements.of(person, on));
    }

    /** The plan version paying the person (the caller when null) today, with their acceptance; empty when none does. */
    @Transactional
    public Optional<PayViews.CurrentPlan> currentPlan(Long personId) {
        Member viewer = current.member();
        Member person = personId == null ? viewer : access.visibleMember(viewer, personId);
        return statements.inForce(person, today(person)).map(f -> new PayViews.CurrentPlan(f.plan().slug(), f.plan().title(),
                f.version().number(), acceptance(person, f.plan(), f.version().number())));
    }

    /**
     * Records the caller's acceptance of the current version of the plan paying them today. The name
     * must be theirs as Goose knows it (case and spaces aside), as on a signed page; accepting twice
     * keeps the first acceptance.
     */
    @Transactional
    public PayViews.Acceptance accept(AcceptRequest request) {
        Member viewer = current.member();
        PayStatements.InForce inForce = statements.inForce(viewer, today(viewer))
                .orElseThrow(() -> new Conflict("No plan pays you today, so there is nothing to accept."));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        errors.require(request.plan() != null && request.plan().strip().equals(inForce.plan().slug()), "plan",
                "Your plan today is " + inForce.plan().slug() + ".");
        errors.require(request.version() != null && request.version() == inForce.version().number(), "version",
                "The version that pays you today is version " + inForce.version().number() + "; read it and accept that one.");
        errors.require(request.name() != null && normalized(request.name()).equals(normalized(viewer.name())), "name",
                "Type your name as Goose knows it, " + viewer.name() + ", to sign.");
        errors.throwIfAny();
        PlanAcceptance existing = PlanAcceptance.of(viewer.id(), inForce.plan().id(), inForce.version().number()).orElse(null);
        if (existing != null) {
            return view(existing, inForce.plan(), viewer);
        }
        PlanAcceptance acceptance = new PlanAcceptance();
        acceptance.personId = viewer.id();
        acceptance.playbookId = inForce.plan().id();
        acceptance.versionNumber = inForce.version().number();
        acceptance.signedName = request.name().strip();
        acceptance.acceptedAt = clock.instant();
        acceptance.persist();
        return view(acceptance, inForce.plan(), viewer);
    }

    /** The pay this period of everyone the caller leads (all people for an admin), by name; reps see only themselves. */
    @Transactional
    public List<PayViews.MemberPay> team() {
        Member viewer = current.member();
        List<PayViews.MemberPay> pay = new ArrayList<>();
        for (Member person : access.visibleMembers(viewer)) {
            if (!person.active() || person.id().equals(viewer.id())) {
                continue;
            }
            PayStatements.Computed computed = statements.of(person, today(person));
            PayViews.Statement s = view(person, computed);
            Optional<PayStatements.InForce> plan = computed.inForce();
            boolean accepted = plan.map(f -> acceptance(person, f.plan(), f.version().number()) != null).orElse(false);
            pay.add(new PayViews.MemberPay(person.id(), person.name(), plan.map(f -> f.plan().title()).orElse(null),
                    plan.map(f -> f.version().number()).orElse(null), accepted, s.totalShown(), s.complete()));
        }
        return pay;
    }

    private PayViews.Statement view(Member person, PayStatements.Computed computed) {
        Statement s = computed.statement();
        List<PayViews.Part> parts = new ArrayList<>();
        boolean accepted = !s.parts().isEmpty();
        for (int k = 0; k < s.parts().size(); k++) {
            Statement.Part part = s.parts().get(k);
            PlaybookInfo plan = planOf(computed, part);
            PayViews.Acceptance acceptance = plan == null ? null : acceptance(person, plan, part.version());
            accepted &= acceptance != null;
            parts.add(new PayViews.Part(part.label(), plan == null ? null : plan.slug(), plan == null ? null : plan.title(),
                    part.version(), part.from(), part.to(), acceptance));
        }
        List<PayViews.Line> lines = s.lines().stream().map(l -> new PayViews.Line(l.part(), l.component(), l.formula(), l.amount(),
                Money.format(l.amount(), s.currency()), l.dealId())).toList();
        String title = s.period() == PayPeriod.MONTH ? MONTH.format(s.start())
                : "Q" + s.start().get(IsoFields.QUARTER_OF_YEAR) + " " + s.start().getYear();
        return new PayViews.Statement(person.id(), person.name(), s.period().key(), title, s.start(), s.end(),
                s.currency() == null ? null : s.currency().getCurrencyCode(), parts, lines, s.total(),
                s.currency() == null ? "" : Money.format(s.total(), s.currency()), s.complete(), accepted, s.notes(),
                s.start().minusDays(1), s.end().plusDays(1));
    }

    /** The plan a part belongs to: the span whose days hold the part's first day. */
    private static PlaybookInfo planOf(PayStatements.Computed computed, Statement.Part part) {
        return computed.spans().stream().filter(span -> !part.from().isBefore(span.from()) && !part.from().isAfter(span.to()))
                .findFirst().map(span -> computed.plans().get(span.playbookId())).orElse(null);
    }

    private static PayViews.Acceptance acceptance(Member person, PlaybookInfo plan, int version) {
        return PlanAcceptance.of(person.id(), plan.id(), version).map(a -> view(a, plan, person)).orElse(null);
    }

    /** The time shown in the zone of the person who signed, named, so a manager elsewhere reads it right. */
    private static PayViews.Acceptance view(PlanAcceptance a, PlaybookInfo plan, Member person) {
        String shown = SIGNED.format(a.acceptedAt.atZone(person.zone())) + " (" + person.zone().getId() + ")";
        return new PayViews.Acceptance(plan.slug(), a.versionNumber, a.signedName, a.acceptedAt, shown);
    }

    private LocalDate today(Member person) {
        return LocalDate.ofInstant(clock.instant(), person.zone());
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

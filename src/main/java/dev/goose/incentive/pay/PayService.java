package dev.goose.incentive.pay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Pay as people see it: reps their own statements, managers those of the people they lead, admins
 * everyone's; someone out of sight is not found. A rep accepts the plan version that pays them.
 */
@ApplicationScoped
public class PayService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    PayStatements statements;

    @Inject
    PayBook book;

    @Inject
    DisputeService disputes;

    @Inject
    PayOutlook outlooks;

    /**
     * What closing a deal today would add to its owner's pay, and whose pay it is; {@code uncredited}
     * says why it would add nothing yet, or is null.
     */
    public record DealPay(String pays, boolean own, String owner, String uncredited) {
    }

    /** A rep's acceptance as asked for: the version they read and their name, typed to sign. */
    public record AcceptRequest(String plan, Integer version, String name) {
        public static AcceptRequest empty() {
            return new AcceptRequest(null, null, null);
        }
    }

    /** The statement of the person (the caller when null) for the pay period holding the day (today when null). */
    @Transactional
    public PayViews.Statement statement(Long personId, LocalDate day) {
        ReadOnlyCall.begin();
        Member viewer = current.member();
        Member person = personId == null ? viewer : access.visibleMember(viewer, personId);
        LocalDate on = day == null ? today(person) : day;
        PayViews.Statement statement = book.of(person, on).statement();
        return statement.with(statement.review(), disputes.of(person, statement.period(), statement.start(), viewer));
    }

    /** The plan version paying the person (the caller when null) today, with their acceptance; empty when none does. */
    @Transactional
    public Optional<PayViews.CurrentPlan> currentPlan(Long personId) {
        ReadOnlyCall.begin();
        Member viewer = current.member();
        Member person = personId == null ? viewer : access.visibleMember(viewer, personId);
        return statements.inForce(person, today(person)).map(f -> new PayViews.CurrentPlan(f.plan().slug(), f.plan().title(),
                f.version().number(), StatementViews.acceptance(person, f.plan(), f.version().number())));
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
            return StatementViews.acceptance(existing, inForce.plan(), viewer);
        }
        PlanAcceptance acceptance = new PlanAcceptance();
        acceptance.personId = viewer.id();
        acceptance.playbookId = inForce.plan().id();
        acceptance.versionNumber = inForce.version().number();
        acceptance.signedName = request.name().strip();
        acceptance.acceptedAt = clock.instant();
        acceptance.persist();
        return StatementViews.acceptance(acceptance, inForce.plan(), viewer);
    }

    /** Where the caller stands on the plan paying them today, and what would move them on; empty when no plan pays them. */
    @Transactional
    public Optional<PayViews.Outlook> outlook() {
        ReadOnlyCall.begin();
        Member viewer = current.member();
        return outlooks.of(viewer, today(viewer));
    }

    /**
     * What closing the open deal today at its amount would add to its owner's pay this period, when the
     * caller may see the owner's pay (their own, or of someone they lead); empty otherwise.
     */
    @Transactional
    public Optional<DealPay> dealPay(Long dealId) {
        ReadOnlyCall.begin();
        Member viewer = current.member();
        Optional<Long> owner = dev.goose.pipeline.Deals.ownerOf(dealId);
        if (owner.isEmpty() || !owner.get().equals(viewer.id()) && (viewer.role() == dev.goose.people.Role.REP
                || !access.canSee(viewer.id(), viewer.role(), owner.get()))) {
            return Optional.empty();
        }
        Member person = owner.get().equals(viewer.id()) ? viewer : access.visibleMember(viewer, owner.get());
        return outlooks.dealPay(person, dealId, today(person)).map(p -> new DealPay(p.shown(), person.id().equals(viewer.id()),
                person.name(), p.uncredited()));
    }

    /** Team pay: everyone's pay this period and where each team stands on its pools. */
    public record TeamPay(List<PayViews.MemberPay> members, List<PayViews.PoolProgress> pools) {
    }

    /** The pay this period of everyone the caller leads (all people for an admin), by name; reps see only themselves. */
    @Transactional
    public List<PayViews.MemberPay> team() {
        return teamPay(false).members();
    }

    /**
     * How each team the caller leads (every team for an admin) stands today on the team pools of the plans
     * paying its members, once per team and plan version.
     */
    @Transactional
    public List<PayViews.PoolProgress> teamPools() {
        ReadOnlyCall.begin();
        Member viewer = current.member();
        PoolsSeen pools = new PoolsSeen();
        List<Member> people = others(viewer);
        PayShared shared = sharedFor(viewer, people);
        for (Member person : people) {
            PayReads reads = statements.reads(person, shared);
            pools.add(reads, statements.inForce(reads, today(person)), today(person));
        }
        return pools.shown;
    }

    /** Team pay's page: the members' pay and the pools, each plan in force read once for both. */
    @Transactional
    public TeamPay teamPage() {
        return teamPay(true);
    }

    private TeamPay teamPay(boolean withPools) {
        ReadOnlyCall.begin();
        Member viewer = current.member();
        List<PayViews.MemberPay> pay = new ArrayList<>();
        PoolsSeen pools = new PoolsSeen();
        List<Member> people = others(viewer);
        PayShared shared = sharedFor(viewer, people);
        for (Member person : people) {
            PayBook.Entry entry = book.of(person, today(person), shared);
            PayViews.Statement s = entry.statement();
            Optional<PayStatements.InForce> plan = entry.inForce();
            if (withPools) {
                pools.add(statements.reads(person, shared), plan, today(person));
            }
            // The statement's parts carry their acceptances; only a version in force today that no part names is looked up.
            boolean accepted = plan.map(f -> s.parts().stream().filter(p -> f.plan().slug().equals(p.plan()) && p.version() == f.version().number())
                    .findFirst().map(p -> p.accepted() != null)
                    .orElseGet(() -> StatementViews.acceptance(person, f.plan(), f.version().number()) != null)).orElse(false);
            java.math.BigDecimal variable = s.sum("variable");
            Optional<dev.goose.incentive.plan.Plan> terms = plan.map(f -> f.version().plan());
            Optional<java.math.BigDecimal> target = terms.map(t -> dev.goose.incentive.plan.Money.round(t.variableAtTarget()
                    .divide(java.math.BigDecimal.valueOf(t.payPeriod().perYear()), 10, java.math.RoundingMode.HALF_UP), t.currency()));
            String variableShown = terms.map(t -> dev.goose.incentive.plan.Money.format(variable, t.currency())).orElse(null);
            Integer percent = target.filter(t -> t.signum() > 0).map(t -> variable.multiply(java.math.BigDecimal.valueOf(100))
                    .divide(t, 0, java.math.RoundingMode.HALF_UP).intValue()).orElse(null);
            pay.add(new PayViews.MemberPay(person.id(), person.name(), plan.map(f -> f.plan().title()).orElse(null),
                    plan.map(f -> f.version().number()).orElse(null), accepted, s.totalShown(), s.complete(), s.review(),
                    (int) shared.once("open-disputes", PayDispute::allOpen).stream()
                    .filter(d -> d.personId.equals(person.id()) && d.periodKind.equals(s.period()) && d.startsOn.equals(s.start())).count(), variableShown,
                    target.flatMap(t -> terms.map(p -> dev.goose.incentive.plan.Money.format(t, p.currency()))).orElse(null), percent));
        }
        return new TeamPay(pay, pools.shown);
    }

    /** The pools of each team and plan version met so far, each worked out once, from the first member it pays. */
    private static final class PoolsSeen {
        final java.util.Set<String> seen = new java.util.HashSet<>();
        final List<PayViews.PoolProgress> shown = new ArrayList<>();

        void add(PayReads reads, Optional<PayStatements.InForce> plan, LocalDate day) {
            Member person = reads.person;
            if (person.teamId() != null && plan.isPresent() && !plan.get().version().plan().teamPools().isEmpty()
                    && seen.add(person.teamId() + "/" + plan.get().plan().id() + "/" + plan.get().version().number())) {
                shown.addAll(TeamOutcomes.progress(reads, plan.get().version().plan(), day));
            }
        }
    }

    /** The active people the viewer leads (everyone for an admin), without the viewer. */
    private List<Member> others(Member viewer) {
        return access.visibleMembers(viewer).stream().filter(p -> p.active() && !p.id().equals(viewer.id())).toList();
    }

    /**
     * What the people's statements share, with their days on teams and the deals won this calendar year
     * (a day either side, for zones) read at once: theirs and the viewer's, who is on the team whose
     * pools they are paid.
     */
    private PayShared sharedFor(Member viewer, List<Member> people) {
        PayShared shared = statements.shared();
        LocalDate year = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).withDayOfYear(1);
        List<Long> ids = new ArrayList<>(people.stream().map(Member::id).toList());
        ids.add(viewer.id());
        shared.readStretchesAhead(ids);
        shared.readWonAhead(ids, year.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                year.plusYears(1).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        return shared;
    }

    private LocalDate today(Member person) {
        return LocalDate.ofInstant(clock.instant(), person.zone());
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

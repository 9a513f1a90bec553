package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.goose.errors.InvalidInput;
import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.PayPeriod;
import dev.goose.incentive.plan.Plan;
import dev.goose.incentive.plan.PlanParser;
import dev.goose.incentive.plan.Statement;
import dev.goose.incentive.plan.Statements;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Plan modelling for managers: what a plan, written as a plan block but not published, would have paid
 * each person they lead in a past period, beside what they were paid. The modelled plan applies to the
 * whole period from its first day, with the same deals, KPI results, rates and team; a new hire's
 * guarantee or draw is left out, since it depends on periods before. Nothing is stored.
 */
@ApplicationScoped
class PlanModelling {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    PayBook book;

    @Inject
    PayStatements statements;

    /** One person's pay in the period: as paid (or computed now) and as the modelled plan would pay it. */
    public record Row(Long personId, String name, String paidShown, String modelledShown, String differenceShown) {
    }

    public record Model(String planName, String title, LocalDate start, LocalDate end, List<Row> rows, String paidTotalShown,
            String modelledTotalShown, String differenceShown) {
    }

    /**
     * @param block the plan block's text, as it would be written between the fences
     * @param day   a day of the period to model; the last day of the previous month when null
     */
    @Transactional
    public Model model(String block, LocalDate day) {
        ReadOnlyCall.begin();
        Member viewer = current.member();
        PlanParser.Parsed parsed = PlanParser.parse(block == null ? "" : block, 1);
        if (!parsed.ok()) {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            parsed.problems().forEach(p -> errors.add("plan", "Line " + p.line() + ": " + p.message()));
            errors.throwIfAny();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), viewer.zone());
        PayPeriod kind = parsed.plan().payPeriod();
        LocalDate start = kind.startOf(day == null ? today.withDayOfMonth(1).minusDays(1) : day);
        LocalDate end = kind.endOf(start);
        Plan plan = parsed.plan().effectiveFrom(start);
        List<Row> rows = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal modelled = BigDecimal.ZERO;
        for (Member person : access.visibleMembers(viewer)) {
            if (!person.active() || person.id().equals(viewer.id())) {
                continue;
            }
            PayViews.Statement was = book.of(person, start).statement();
            PayReads reads = statements.reads(person);
            Statement would = Statements.compute(new Statements.Input(kind, start, start, null, List.of(new Statements.Version(1, plan)),
                    reads.credits(start.withDayOfYear(1), end), reads.measures(), reads.rates));
            would = TeamOutcomes.withPools(reads, would);
            BigDecimal before = was.currency() != null && was.currency().equals(plan.currency().getCurrencyCode()) ? was.total() : null;
            paid = before == null ? paid : paid.add(before);
            modelled = modelled.add(would.total());
            rows.add(new Row(person.id(), person.name(), before == null ? (was.pays() ? was.totalShown() + " (another currency)" : "nothing")
                    : Money.format(before, plan.currency()), Money.format(would.total(), plan.currency()),
                    before == null ? "" : Money.format(would.total().subtract(before), plan.currency())));
        }
        return new Model(plan.name(), StatementViews.title(kind, start), start, end, rows, Money.format(paid, plan.currency()),
                Money.format(modelled, plan.currency()), Money.format(modelled.subtract(paid), plan.currency()));
    }
}

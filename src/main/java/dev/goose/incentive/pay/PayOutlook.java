package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.incentive.plan.KpiBonus;
import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.Outlook;
import dev.goose.incentive.plan.PayPeriod;
import dev.goose.incentive.plan.Plan;
import dev.goose.incentive.plan.Statements;
import dev.goose.people.People.Member;
import dev.goose.pipeline.Deals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The trail of cash ahead: where a person stands on the plan paying them today, what reaches its next
 * band or bonus step, and what closing each of their largest open deals today would add to this
 * period's pay, tiers crossed and all, computed as the statement would be. The team pool's part in a
 * deal not yet won is left out of a preview. Asks no access question; its callers do.
 */
@ApplicationScoped
class PayOutlook {

    /** How many open deals My pay previews, the largest first. */
    static final int DEALS = 10;

    @Inject
    PayStatements statements;

    Optional<PayViews.Outlook> of(Member person, LocalDate day) {
        return of(person, day, true);
    }

    /** @param withDeals false to leave out the open deals' previews, a statement each, where a glance is enough */
    Optional<PayViews.Outlook> of(Member person, LocalDate day, boolean withDeals) {
        PayReads reads = statements.reads(person);
        Optional<PayStatements.InForce> inForce = statements.inForce(reads, day);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        Plan plan = inForce.get().version().plan();
        PayPeriod kind = plan.payPeriod();
        LocalDate start = kind.startOf(day);
        Currency currency = plan.currency();
        List<Statements.Credit> credits = reads.credits(start.withDayOfYear(1), kind.endOf(start));
        Optional<Outlook.Position> position = Outlook.of(plan, kind, start, day, credits, reads.rates);
        List<String> next = new ArrayList<>();
        position.flatMap(Outlook.Position::next).ifPresent(next::add);
        Statements.Measures measures = reads.measures();
        Map<String, Map<String, KpiBonus.Measured>> measured = new HashMap<>();
        for (KpiBonus bonus : plan.kpiBonuses()) {
            LocalDate from = bonus.period().startOf(day);
            measured.put(bonus.name(), measures.of(bonus.period(), from, bonus.kpis().stream().map(KpiBonus.Weighted::kpi).toList()));
        }
        next.addAll(Outlook.bonuses(plan, kind.endOf(start), measured));
        List<PayViews.DealPay> deals = new ArrayList<>();
        List<Deals.OpenDeal> open = withDeals ? Deals.openOwnedBy(person.id(), DEALS) : List.of();
        BigDecimal now = open.isEmpty() ? BigDecimal.ZERO : statements.of(reads, day, List.of()).statement().total();
        for (Deals.OpenDeal deal : open) {
            deals.add(new PayViews.DealPay(deal.id(), deal.name(), Money.format(deal.amount(), Currency.getInstance(deal.currency())),
                    pays(reads, day, deal, now, currency).shown()));
        }
        return Optional.of(new PayViews.Outlook(inForce.get().plan().title(),
                position.map(p -> Money.percent(p.here().attainment())).orElse(null),
                position.map(p -> Money.format(Money.round(p.credited(), currency), currency)).orElse(null),
                position.map(p -> Money.format(Money.round(p.quota(), currency), currency)).orElse(null), next,
                position.map(p -> curve(p, currency)).orElse(null), deals));
    }

    /** What closing a deal today would add to the period's pay, in words; {@code uncredited} says why it would add nothing yet, if so. */
    record Preview(String shown, String uncredited) {
    }

    /** What closing the deal today at its amount would add to the period's pay. */
    Optional<Preview> dealPay(Member owner, Long dealId, LocalDate day) {
        Optional<Deals.OpenDeal> deal = Deals.open(dealId).filter(d -> d.amount() != null);
        PayReads reads = statements.reads(owner);
        Optional<PayStatements.InForce> inForce = statements.inForce(reads, day);
        if (deal.isEmpty() || inForce.isEmpty()) {
            return Optional.empty();
        }
        Currency currency = inForce.get().version().plan().currency();
        BigDecimal now = statements.of(reads, day, List.of()).statement().total();
        return Optional.of(pays(reads, day, deal.get(), now, currency));
    }

    private Preview pays(PayReads reads, LocalDate day, Deals.OpenDeal deal, BigDecimal now, Currency currency) {
        Statements.Credit credit = new Statements.Credit(deal.id(), deal.name(), deal.amount(), deal.currency(), day, deal.ownerShare());
        // The rule commission credits by: a deal in another currency needs the month's rate.
        if (reads.rates.convert(deal.amount(), deal.currency(), currency, java.time.YearMonth.from(day)).isEmpty()) {
            String why = "no " + deal.currency() + " to " + currency + " rate is entered for this month";
            return new Preview("nothing yet: " + why, why);
        }
        var preview = statements.of(reads, day, List.of(credit)).statement();
        return new Preview(Money.format(preview.total().subtract(now), currency), null);
    }

    private static PayViews.Curve curve(Outlook.Position position, Currency currency) {
        Outlook.Point mine = position.here();
        String you = Money.format(mine.commission(), currency);
        String description = "From 0% to 150% of a quota of " + Money.format(Money.round(position.quota(), currency), currency) + ": "
                + PayoutCurves.inWords(position.curve(), currency) + ". You are at " + Money.percent(mine.attainment()) + ", earning " + you + ".";
        return PayoutCurves.withHere(position.curve(), mine, "You: " + Money.percent(mine.attainment()), currency,
                "Commission by attainment of quota, with yours", description);
    }
}

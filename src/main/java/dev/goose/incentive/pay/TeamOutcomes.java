package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.PlanLine;
import dev.goose.incentive.plan.Statement;
import dev.goose.incentive.plan.Statements;
import dev.goose.incentive.plan.TeamPool;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.Deals;

/**
 * The team pools a statement pays: for each pool of the version paying at the period's end whose own
 * period ends within it, what the person's team won in that period, member by member (each member's
 * days in their own zone, deals in another currency at the month's rate), and the person's share.
 * The team is the person's team as it is now.
 */
final class TeamOutcomes {

    private TeamOutcomes() {
    }

    static Statement withPools(PayReads reads, Statement s) {
        Member person = reads.person;
        Statements.Rates rates = reads.rates;
        if (s.parts().isEmpty()) {
            return s;
        }
        Statement.Part last = s.parts().get(s.parts().size() - 1);
        List<TeamPool> pools = last.plan().teamPools();
        if (pools.isEmpty() || !last.plan().currency().equals(s.currency())) {
            return s;
        }
        if (person.teamId() == null) {
            return s.noting(person.name() + " is on no team, so no team pool is paid.");
        }
        Currency currency = s.currency();
        List<Member> team = People.onTeam(person.teamId()).stream().filter(Member::active)
                .sorted(Comparator.comparing((Member m) -> m.name().toLowerCase(Locale.ROOT)).thenComparing(Member::id)).toList();
        Statement paid = s;
        for (TeamPool pool : pools) {
            LocalDate start = pool.period().startOf(s.end());
            LocalDate end = pool.period().endOf(start);
            if (end.isAfter(s.end()) || end.isBefore(s.start())) {
                continue;
            }
            List<String> unconverted = new ArrayList<>();
            // One query for the whole team, over the widest window its members' zones span; each member's own days are kept below.
            java.time.Instant from = team.stream().map(m -> start.atStartOfDay(m.zone()).toInstant()).min(Comparator.naturalOrder())
                    .orElse(start.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            java.time.Instant until = team.stream().map(m -> end.plusDays(1).atStartOfDay(m.zone()).toInstant()).max(Comparator.naturalOrder())
                    .orElse(from);
            java.util.Map<Long, List<Deals.WonDeal>> won = reads.teamDeals(team.stream().map(Member::id).toList(), from, until).stream()
                    .collect(java.util.stream.Collectors.groupingBy(Deals.WonDeal::ownerId));
            List<TeamPool.Member> members = team.stream()
                    .map(m -> outcome(m, won.getOrDefault(m.id(), List.of()), start, end, currency, rates, unconverted)).toList();
            String prefix = pool.period() == s.period() ? "" : "For the " + pool.period().key() + " " + start + " to " + end + ": ";
            Optional<PlanLine> line = pool.line(person.id(), members, currency);
            if (line.isPresent()) {
                paid = paid.plus(new Statement.Line(last.label(), line.get().component(), prefix + line.get().formula(), line.get().amount(), null));
            }
            if (!unconverted.isEmpty()) {
                paid = paid.noting(pool.name() + " leaves out deals with no rate to " + currency + " entered: " + String.join(", ", unconverted) + ".");
            }
        }
        return paid;
    }

    private static TeamPool.Member outcome(Member member, List<Deals.WonDeal> won, LocalDate start, LocalDate end, Currency currency,
            Statements.Rates rates, List<String> unconverted) {
        ZoneId zone = member.zone();
        BigDecimal credited = BigDecimal.ZERO;
        int deals = 0;
        for (Deals.WonDeal deal : won) {
            LocalDate closedOn = LocalDate.ofInstant(deal.closedAt(), zone);
            if (closedOn.isBefore(start) || closedOn.isAfter(end)) {
                continue;
            }
            deals++;
            if (deal.amount() == null) {
                continue;
            }
            if (currency.getCurrencyCode().equals(deal.currency())) {
                credited = credited.add(deal.amount());
                continue;
            }
            YearMonth month = YearMonth.from(LocalDate.ofInstant(deal.closedAt(), zone));
            Optional<BigDecimal> rate = rates.of(deal.currency(), currency, month);
            if (rate.isPresent()) {
                credited = credited.add(Money.round(deal.amount().multiply(rate.get()), currency));
            } else {
                unconverted.add(deal.name());
            }
        }
        return new TeamPool.Member(member.id(), member.name(), credited, deals);
    }
}

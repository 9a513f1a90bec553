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
import java.util.Map;
import java.util.Optional;

import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.Plan;
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
 * The team is the one the person was on at the pool period's end, with its active members on that day
 * (the progress of a running period: the team as it is now); a split by days weighs each by the days
 * of the pool's period they were on it, as the people feature recorded them. A member is credited
 * their share of each deal's value and counted a deal for each deal they own, so that a split deal adds
 * its value and its one deal once.
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
        Currency currency = s.currency();
        Statement paid = s;
        for (TeamPool pool : pools) {
            LocalDate start = pool.period().startOf(s.end());
            LocalDate end = pool.period().endOf(start);
            if (end.isAfter(s.end()) || end.isBefore(s.start())) {
                continue;
            }
            // The team the person is on at the pool period's end, with its members then: a later move to
            // another team changes neither what that period paid nor what computing it again gives.
            Optional<Long> teamId = reads.teamOn(end);
            if (teamId.isEmpty()) {
                paid = paid.noting(person.name() + " was on no team on " + end + ", so " + pool.name() + " pays nothing.");
                continue;
            }
            List<Member> team = reads.shared.onTeamOn(teamId.get(), end).stream().filter(Member::active).toList();
            List<String> unconverted = new ArrayList<>();
            List<String> marginless = new ArrayList<>();
            List<TeamPool.Member> members = members(reads, teamId.get(), team, start, end, currency, unconverted, marginless);
            List<TeamPool.Member> before = before(reads, teamId.get(), team, pool, start, currency, unconverted, marginless);
            String prefix = pool.period() == s.period() ? "" : "For the " + pool.period().key() + " " + start + " to " + end + ": ";
            Optional<PlanLine> line = pool.line(person.id(), members, before, currency);
            if (line.isPresent()) {
                paid = paid.plus(new Statement.Line(last.label(), line.get().component(), prefix + line.get().formula(), line.get().amount(), null));
            }
            if (!unconverted.isEmpty()) {
                paid = paid.noting(pool.name() + " leaves out deals with no rate to " + currency + " entered: " + String.join(", ", unconverted) + ".");
            }
            if (pool.measure() == TeamPool.Measure.MARGIN && !marginless.isEmpty()) {
                paid = paid.noting(pool.name() + " counts no margin for deals that have none entered: " + String.join(", ", marginless) + ".");
            }
        }
        return paid;
    }

    /**
     * How the person's team stands on each pool of the plan in the pool's period so far, as if the period
     * ended today: for Team pay while it runs. The members' results are read as a statement reads them.
     */
    static List<PayViews.PoolProgress> progress(PayReads reads, Plan plan, LocalDate today) {
        Member person = reads.person;
        if (person.teamId() == null || plan.teamPools().isEmpty()) {
            return List.of();
        }
        Currency currency = plan.currency();
        List<Member> team = teamOf(reads);
        String teamName = People.team(person.teamId()).map(People.TeamInfo::name).orElse("");
        List<PayViews.PoolProgress> shown = new ArrayList<>();
        for (TeamPool pool : plan.teamPools()) {
            LocalDate start = pool.period().startOf(today);
            LocalDate end = pool.period().endOf(start);
            List<String> left = new ArrayList<>();
            List<TeamPool.Member> members = members(reads, person.teamId(), team, start, today, currency, left, left);
            TeamPool.Progress progress = pool.progress(members, before(reads, person.teamId(), team, pool, start, currency, left, left), currency);
            Integer percent = progress.attainment() == null ? null
                    : progress.attainment().max(BigDecimal.ZERO).min(BigDecimal.valueOf(150)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
            shown.add(new PayViews.PoolProgress(pool.name(), teamName, pool.period().key(), start, end, progress.standing(), percent,
                    Money.format(progress.pool(), currency), progress.next()));
        }
        return shown;
    }

    /** The person's team as it is now: its active members, by name. */
    private static List<Member> teamOf(PayReads reads) {
        return reads.shared.team(reads.person.teamId()).stream().filter(Member::active)
                .sorted(Comparator.comparing((Member m) -> m.name().toLowerCase(Locale.ROOT)).thenComparing(Member::id)).toList();
    }

    /** What the team won in the period a growth pool compares with; none for a pool on the measure itself. */
    private static List<TeamPool.Member> before(PayReads reads, Long teamId, List<Member> team, TeamPool pool, LocalDate start,
            Currency currency, List<String> unconverted, List<String> marginless) {
        if (pool.growth() == null) {
            return List.of();
        }
        LocalDate from = pool.growth() == TeamPool.Against.YEAR_BEFORE ? start.minusYears(1) : pool.period().startOf(start.minusDays(1));
        return members(reads, teamId, team, from, pool.period().endOf(from), currency, unconverted, marginless);
    }

    /**
     * What each member of the team won from {@code start} to {@code end}, each in their own zone, read in one query,
     * and the days of those they were on the team.
     */
    private static List<TeamPool.Member> members(PayReads reads, Long teamId, List<Member> team, LocalDate start, LocalDate end,
            Currency currency, List<String> unconverted, List<String> marginless) {
        ZoneWindow window = ZoneWindow.spanning(team, start, end);
        List<Deals.WonDeal> won = reads.teamDeals(team.stream().map(Member::id).toList(), window.from(), window.until());
        Map<Long, Integer> days = reads.shared.daysOnTeam(teamId, start, end);
        return team.stream().map(m -> outcome(m, days.getOrDefault(m.id(), 0), won, start, end, currency, reads.rates, unconverted,
                marginless)).toList();
    }

    private static TeamPool.Member outcome(Member member, int days, List<Deals.WonDeal> won, LocalDate start, LocalDate end,
            Currency currency, Statements.Rates rates, List<String> unconverted, List<String> marginless) {
        ZoneId zone = member.zone();
        BigDecimal credited = BigDecimal.ZERO;
        BigDecimal margin = BigDecimal.ZERO;
        int deals = 0;
        for (Deals.WonDeal deal : won) {
            LocalDate closedOn = LocalDate.ofInstant(deal.closedAt(), zone);
            BigDecimal share = deal.shareOf(member.id());
            boolean owns = member.id().equals(deal.ownerId());
            if (closedOn.isBefore(start) || closedOn.isAfter(end) || !owns && share.signum() == 0) {
                continue;
            }
            deals += owns ? 1 : 0;
            if (deal.amount() == null || share.signum() == 0) {
                continue;
            }
            YearMonth month = YearMonth.from(closedOn);
            Optional<BigDecimal> value = rates.convert(deal.amount(), deal.currency(), currency, month);
            if (value.isEmpty()) {
                addOnce(unconverted, deal.name());
                continue;
            }
            credited = credited.add(Money.shareOf(value.get(), share, currency));
            if (deal.margin() == null) {
                addOnce(marginless, deal.name());
            } else {
                margin = margin.add(Money.shareOf(rates.convert(deal.margin(), deal.currency(), currency, month).orElseThrow(), share, currency));
            }
        }
        return new TeamPool.Member(member.id(), member.name(), credited, deals, margin, days);
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }
}

package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.goose.kpi.Accrual;
import dev.goose.kpi.Category;
import dev.goose.kpi.KpiAccess;
import dev.goose.kpi.KpiCalendar;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.KpiTarget;
import dev.goose.kpi.Period;
import dev.goose.kpi.Tally;
import dev.goose.kpi.board.BoardViews.Behind;
import dev.goose.kpi.board.BoardViews.Choice;
import dev.goose.kpi.board.BoardViews.PeriodView;
import dev.goose.kpi.board.BoardViews.PersonBoard;
import dev.goose.kpi.board.BoardViews.RepRow;
import dev.goose.kpi.board.BoardViews.TeamBoard;
import dev.goose.kpi.board.BoardViews.Trend;
import dev.goose.kpi.funnel.FunnelService;
import dev.goose.people.CurrentPerson;
import dev.goose.people.PeopleAccess;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A rep's KPIs and a manager's team for a period: actuals against ramped targets, pace, who is
 * behind on what. Every use case asks {@link KpiAccess} first; nothing here writes.
 */
@ApplicationScoped
class BoardService {

    /** How many periods a trend shows, the chosen one last. */
    static final int TREND_PERIODS = 6;

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    KpiAccess access;

    @Inject
    Actuals actuals;

    @Inject
    Targets targets;

    @Inject
    FunnelService funnels;

    @Inject
    PeopleAccess people;

    /** One person's KPIs for the period asked (the caller's own when no person is named), with trends. */
    @Transactional
    public PersonBoard person(Long personId, String kind, String date) {
        Member viewer = current.member();
        Member person = personId == null ? viewer : access.visiblePerson(viewer, personId);
        ZoneId zone = KpiCalendar.zoneOf(person);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);

        Period period = Periods.parse(kind, date, today);
        List<Period> run = Periods.endingWith(period, TREND_PERIODS);
        List<KpiDefinition> kpis = KpiDefinition.activeInOrder();
        Actuals.Table table = actuals.of(List.of(person.id()), kpis, run, zone);
        Targets.Book book = targets.of(List.of(person), null, run);

        List<Score> scores = new ArrayList<>();
        List<Trend> trends = new ArrayList<>();
        for (KpiDefinition kpi : kpis) {
            scores.add(Score.of(kpi, table.of(period, person.id(), kpi.id), book.of(person, kpi.id, period), period, today));
            List<Charts.Point> points = run.stream().map(p -> new Charts.Point(Periods.shortLabel(p),
                    table.of(p, person.id(), kpi.id).value(kpi.accrual()), book.of(person, kpi.id, p))).toList();
            trends.add(new Trend(kpi.key, kpi.name, Charts.trend(kpi.name + " by " + Periods.key(period.kind()) + ", against target",
                    kpi.unit, points)));
        }
        return new PersonBoard(person.id(), person.name(), person.id().equals(viewer.id()), PeriodView.of(period), scores, trends);
    }

    /** The caller's own KPIs this month, for the home page: no trends, one period. */
    @Transactional
    public List<Score> myMonth() {
        Member me = current.member();
        ZoneId zone = KpiCalendar.zoneOf(me);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);

        Period month = Periods.parse(null, null, today);
        List<KpiDefinition> kpis = KpiDefinition.activeInOrder();
        Actuals.Table table = actuals.of(List.of(me.id()), kpis, List.of(month), zone);
        Targets.Book book = targets.of(List.of(me), null, List.of(month));
        return kpis.stream().map(k -> Score.of(k, table.of(month, me.id(), k.id), book.of(me, k.id, month), month, today)).toList();
    }

    /**
     * A team for the period: the team's line per KPI, each rep's, and who is behind on what. The
     * team's target is its own when one is set, or else, for a KPI that adds up, the sum of its
     * reps' targets.
     */
    @Transactional
    public TeamBoard team(Long teamId, String kind, String date) {
        Member viewer = current.member();
        List<TeamInfo> teams = people.visibleTeamInfos(viewer);
        TeamInfo team = teamId != null ? access.visibleTeam(viewer, teamId)
                : teams.stream().filter(TeamInfo::active).findFirst().orElse(teams.isEmpty() ? null : teams.get(0));
        List<Choice> choices = teams.stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList();
        ZoneId zone = team == null ? KpiCalendar.zoneOf(viewer) : team.zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);

        Period period = Periods.parse(kind, date, today);
        if (team == null) {
            return new TeamBoard(null, null, zone.getId(), choices, PeriodView.of(period), List.of(), List.of(), List.of(), null, null);
        }
        List<Member> reps = People.activeRepsOn(team.id());
        List<Long> repIds = reps.stream().map(Member::id).toList();
        List<KpiDefinition> kpis = KpiDefinition.activeInOrder();
        Actuals.Table table = actuals.of(repIds, kpis, List.of(period), zone);
        Targets.Book book = targets.of(reps, team, List.of(period));

        List<RepRow> rows = new ArrayList<>();
        List<Behind> behind = new ArrayList<>();
        for (Member rep : reps) {
            List<Score> scores = kpis.stream()
                    .map(k -> Score.of(k, table.of(period, rep.id(), k.id), book.of(rep, k.id, period), period, today)).toList();
            rows.add(new RepRow(rep.id(), rep.name(), scores));
            scores.stream().filter(Score::behind).forEach(s -> behind.add(
                    new Behind(rep.id(), rep.name(), s.key(), s.name(), s.actualText(), s.expectedText())));
        }
        behind.sort((a, b) -> Boolean.compare(activity(kpis, b.kpi()), activity(kpis, a.kpi())));
        List<Score> teamScores = new ArrayList<>();
        for (KpiDefinition kpi : kpis) {
            Tally tally = table.sum(period, repIds, kpi.id);
            teamScores.add(Score.of(kpi, tally, teamTarget(kpi, team, reps, book, period), period, today));
        }
        AttainmentChart chart = Charts.attainment(team.name() + ": attainment by KPI, " + Periods.label(period),
                teamScores.stream().filter(Score::hasTarget)
                        .map(s -> new Charts.Bar(s.name(), s.attainment().map(a -> s.attainmentPercent()), s.statusKey(), s.statusText())).toList());
        return new TeamBoard(team.id(), team.name(), team.zone().getId(), choices, PeriodView.of(period), teamScores, rows, behind, chart,
                funnels.teamFunnel(team.id()));
    }

    private static Optional<BigDecimal> teamTarget(KpiDefinition kpi, TeamInfo team, List<Member> reps, Targets.Book book, Period period) {
        Optional<BigDecimal> own = book.of(KpiTarget.teamSubject(team.id()), kpi.id, period);
        if (own.isPresent() || kpi.accrual() != Accrual.CUMULATIVE) {
            return own;
        }
        BigDecimal sum = null;
        for (Member rep : reps) {
            Optional<BigDecimal> target = book.of(rep, kpi.id, period);
            if (target.isPresent()) {
                sum = sum == null ? target.get() : sum.add(target.get());
            }
        }
        return Optional.ofNullable(sum);
    }

    private static boolean activity(List<KpiDefinition> kpis, String key) {
        return kpis.stream().anyMatch(k -> k.key.equals(key) && k.category == Category.ACTIVITY);
    }
}

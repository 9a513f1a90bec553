package dev.goose.kpi.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goose.errors.InvalidInput;
import dev.goose.kpi.Direction;
import dev.goose.kpi.KpiCalendar;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.Period;
import dev.goose.kpi.board.BoardViews.Choice;
import dev.goose.kpi.board.BoardViews.LeaderRow;
import dev.goose.kpi.board.BoardViews.Leaderboard;
import dev.goose.kpi.board.BoardViews.PeriodView;
import dev.goose.people.CurrentPerson;
import dev.goose.people.PeopleAccess;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Reps ranked on one KPI for a period. A rep sees their own team's board; a manager the people
 * they lead or one of their teams; an admin everyone or one team. Each person's numbers are read
 * in their own team's time zone.
 */
@ApplicationScoped
class Leaderboards {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    Actuals actuals;

    @Inject
    Targets targets;

    @Transactional
    public Leaderboard of(String kpiKey, Long teamId, String kind, String date) {
        Member viewer = current.member();
        List<KpiDefinition> active = KpiDefinition.activeInOrder();
        KpiDefinition kpi = kpiKey == null || kpiKey.isBlank() ? active.get(0)
                : KpiDefinition.byKey(kpiKey).filter(k -> k.active)
                        .orElseThrow(() -> InvalidInput.of("kpi", "Unknown KPI \"" + kpiKey.strip() + "\"."));
        TeamInfo team = teamId == null ? null : access.visibleTeamInfo(viewer, teamId);
        List<Member> people = team != null ? People.activeRepsOn(team.id()) : scope(viewer);
        Instant now = clock.instant();
        LocalDate viewerToday = KpiCalendar.todayFor(viewer, now);
        Period period = Periods.parse(kind, date, viewerToday);

        Map<ZoneId, List<Member>> byZone = new LinkedHashMap<>();
        people.forEach(p -> byZone.computeIfAbsent(KpiCalendar.zoneOf(p), z -> new ArrayList<>()).add(p));
        List<LeaderRow> rows = new ArrayList<>();
        for (Map.Entry<ZoneId, List<Member>> group : byZone.entrySet()) {
            List<Member> members = group.getValue();
            Actuals.Table table = actuals.of(members.stream().map(Member::id).toList(), List.of(kpi), List.of(period), group.getKey());
            Targets.Book book = targets.of(members, null, List.of(period));
            LocalDate today = LocalDate.ofInstant(now, group.getKey());

            for (Member p : members) {
                rows.add(new LeaderRow(0, p.id(), p.name(), Score.of(kpi, table.of(period, p.id(), kpi.id), book.of(p, kpi.id, period), period, today)));
            }
        }
        List<Choice> teams = access.visibleTeamInfos(viewer).stream()
                .map(t -> new Choice(String.valueOf(t.id()), t.name())).toList();
        List<Choice> kpis = active.stream().map(k -> new Choice(k.key, k.name)).toList();
        return new Leaderboard(kpi.key, kpi.name, PeriodView.of(period), team == null ? "" : String.valueOf(team.id()), teams, kpis,
                ranked(rows, kpi.direction));
    }

    /** Best first; people with no value last; equal values share a rank (1, 2, 2, 4). */
    static List<LeaderRow> ranked(List<LeaderRow> rows, Direction direction) {
        Comparator<LeaderRow> byValue = Comparator.comparing(r -> r.score().actual().orElseThrow());
        if (direction == Direction.HIGHER_IS_BETTER) {
            byValue = byValue.reversed();
        }
        List<LeaderRow> valued = new ArrayList<>(rows.stream().filter(r -> r.score().actual().isPresent()).sorted(byValue
                .thenComparing(LeaderRow::name, String.CASE_INSENSITIVE_ORDER)).toList());
        List<LeaderRow> ranked = new ArrayList<>();
        for (int i = 0; i < valued.size(); i++) {
            LeaderRow row = valued.get(i);
            boolean tie = i > 0 && valued.get(i - 1).score().actual().get().compareTo(row.score().actual().get()) == 0;
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new LeaderRow(rank, row.personId(), row.name(), row.score()));
        }
        rows.stream().filter(r -> r.score().actual().isEmpty()).sorted(Comparator.comparing(LeaderRow::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(r -> ranked.add(new LeaderRow(0, r.personId(), r.name(), r.score())));
        return ranked;
    }

    /** Whom the board ranks without a team chosen: a rep their teammates, others the people they see. */
    private List<Member> scope(Member viewer) {
        if (viewer.role() == Role.REP) {
            return viewer.teamId() == null ? List.of(viewer) : People.activeRepsOn(viewer.teamId());
        }
        return access.visibleMembers(viewer).stream().filter(p -> p.active() && p.role() == Role.REP).toList();
    }
}

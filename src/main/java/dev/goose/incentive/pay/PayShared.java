package dev.goose.incentive.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.goose.incentive.plan.PayPeriod;
import dev.goose.incentive.plan.Statements;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.Deals;
import dev.goose.playbook.Playbooks;
import dev.goose.playbook.Playbooks.PlaybookInfo;

/**
 * What computing the statements of many people in one call reads once for all of them: the plans'
 * playbooks and versions, a team's assignments and members, the deals won, and the closed periods. Team
 * pay computes ten statements of one team, which ask these same questions. Lives for one call, inside
 * its transaction; nothing in it outlasts the request that made it.
 */
final class PayShared {

    /** Each plan's versions by playbook id, as {@link PlanVersions} gives them. */
    final Map<Long, List<Statements.Version>> versions = new HashMap<>();
    private final Map<Long, Optional<PlaybookInfo>> playbooks = new HashMap<>();
    private final Map<Long, List<Coverage.Assigned>> teamAssignments = new HashMap<>();
    private final Map<Long, List<Member>> teams = new HashMap<>();
    private final Map<String, List<Member>> onTeamOn = new HashMap<>();
    private final Map<Long, List<People.Stretch>> stretches = new HashMap<>();
    private final Map<String, Map<Long, Integer>> daysOnTeam = new HashMap<>();
    private final Map<String, Optional<ClosedPeriod>> closed = new HashMap<>();
    private final Map<String, Optional<LocalDate>> nextOpen = new HashMap<>();
    private final Map<String, Object> worked = new HashMap<>();
    /** The deals won that a call read ahead for everyone it will ask about, or null. */
    private WonAhead ahead;
    private final WonDeals wonDeals;
    private final TeamDays teamDays;

    PayShared(WonDeals wonDeals, TeamDays teamDays) {
        this.wonDeals = wonDeals;
        this.teamDays = teamDays;
    }

    private record WonAhead(Set<Long> people, Instant from, Instant until, List<Deals.WonDeal> deals) {
    }

    /** The playbooks of these ids that exist, by id. */
    Map<Long, PlaybookInfo> playbooks(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !playbooks.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<Long, PlaybookInfo> found = Playbooks.byIds(missing);
            missing.forEach(id -> playbooks.put(id, Optional.ofNullable(found.get(id))));
        }
        Map<Long, PlaybookInfo> known = new LinkedHashMap<>();
        ids.forEach(id -> playbooks.get(id).ifPresent(p -> known.put(id, p)));
        return known;
    }

    /** The plans assigned to the team, in the order they start. */
    List<Coverage.Assigned> teamAssignments(Long teamId) {
        return teamAssignments.computeIfAbsent(teamId, id -> PlanAssignment.ofTeam(id).stream().map(PlanAssignment::assigned).toList());
    }

    /** Each person's days on teams, read ahead for everyone of the call when it knows them (see {@link #readWonAhead}). */
    List<People.Stretch> stretchesOf(Long personId) {
        return stretches.computeIfAbsent(personId, teamDays::of);
    }

    /** Reads everyone's days on teams in one query; they were one per statement. */
    void readStretchesAhead(Collection<Long> people) {
        stretches.putAll(People.stretchesOf(people));
        people.forEach(id -> stretches.putIfAbsent(id, List.of()));
    }

    /** The people on the team on the day, by name, as the people door lists them. */
    List<Member> onTeamOn(Long teamId, LocalDate day) {
        return onTeamOn.computeIfAbsent(teamId + "/" + day, k -> teamDays.onTeamOn(teamId, day));
    }

    /** The team's members as the people door lists them. */
    List<Member> team(Long teamId) {
        return teams.computeIfAbsent(teamId, People::onTeam);
    }

    /**
     * Reads in one query the deals won in {@code [from, until)} of everyone the call will compute: each
     * person's credits and each team's pool are then answered from them (a person's own query cost
     * more than their whole statement). Questions outside these people or this window still query.
     */
    void readWonAhead(Collection<Long> people, Instant from, Instant until) {
        ahead = new WonAhead(Set.copyOf(people), from, until, wonDeals.of(people, from, until));
    }

    /** The deals won in {@code [from, until)} that any of the people own or have a share of, in the order they closed. */
    List<Deals.WonDeal> won(Collection<Long> people, Instant from, Instant until) {
        if (ahead != null && ahead.people().containsAll(people) && !from.isBefore(ahead.from()) && !until.isAfter(ahead.until())) {
            Set<Long> asked = Set.copyOf(people);
            return ahead.deals().stream().filter(d -> !d.closedAt().isBefore(from) && d.closedAt().isBefore(until)
                    && (asked.contains(d.ownerId()) || d.shares().keySet().stream().anyMatch(asked::contains))).toList();
        }
        return wonDeals.of(people, from, until);
    }

    /** How many days from {@code from} to {@code to} each person was on the team, as the people door counts them. */
    Map<Long, Integer> daysOnTeam(Long teamId, LocalDate from, LocalDate to) {
        return daysOnTeam.computeIfAbsent(teamId + "/" + from + "/" + to, k -> People.daysOnTeam(teamId, from, to));
    }

    /**
     * What a key names, worked out the first time it is asked for: a SPIFF's events of everyone it pays,
     * say. The key must name everything the value depends on, and the caller the value's type.
     */
    @SuppressWarnings("unchecked")
    <T> T once(String key, java.util.function.Supplier<T> work) {
        Object value = worked.get(key);
        if (value == null) {
            value = work.get();
            worked.put(key, value);
        }
        return (T) value;
    }

    /** The period of this kind starting on the day, if an admin closed it. */
    Optional<ClosedPeriod> closed(String kind, LocalDate start) {
        return closed.computeIfAbsent(kind + "/" + start, k -> ClosedPeriod.of(kind, start));
    }

    /** The first day of the next open period of this kind: the one after the latest closed, or empty when none closed yet. */
    Optional<LocalDate> nextOpen(PayPeriod kind) {
        return nextOpen.computeIfAbsent(kind.key(), k -> PayBook.nextOpen(kind));
    }
}

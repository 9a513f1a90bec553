package dev.goose.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.LockModeType;

/**
 * The door of the people feature for other features: persons and teams as records, never the
 * entities. Reads inside the caller's transaction. A feature that records who did something keeps
 * the person's id and asks here for the name when it shows it.
 */
public final class People {

    private People() {
    }

    /**
     * A person as other features see them: who they are, their role, team and manager, and the zone
     * their days are read in (their team's; UTC on no team); never how they sign in.
     */
    public record Member(Long id, String name, String email, Role role, Long teamId, Long managerId,
            LocalDate hireDate, boolean active, ZoneId zone) {

        static Member of(Person person) {
            return new Member(person.id, person.name, person.email, person.role,
                    person.team == null ? null : person.team.id, person.manager == null ? null : person.manager.id,
                    person.hireDate, person.active, person.team == null ? ZoneOffset.UTC : person.team.zone());
        }
    }

    /** A team as other features see it, with the zone its weeks and months are read in. */
    public record TeamInfo(Long id, String name, Long managerId, boolean active, ZoneId zone) {

        static TeamInfo of(Team team) {
            return new TeamInfo(team.id, team.name, team.manager == null ? null : team.manager.id, team.active,
                    team.zone());
        }

        public boolean isLedBy(Long personId) {
            return managerId != null && managerId.equals(personId);
        }
    }

    public static Optional<Member> byId(Long id) {
        return id == null ? Optional.empty() : Person.<Person>findByIdOptional(id).map(Member::of);
    }

    /** A person by email, in any case and with spaces around it. */
    public static Optional<Member> byEmail(String email) {
        return Person.byEmail(email).map(Member::of);
    }

    /** The people with these emails, already normalized, in one query. */
    public static List<Member> byEmails(Collection<String> normalizedEmails) {
        return normalizedEmails.isEmpty() ? List.of()
                : Person.<Person>list("select p from Person p left join fetch p.team where p.email in ?1", normalizedEmails)
                        .stream().map(Member::of).toList();
    }

    /** Everyone, active or not, by name. */
    public static List<Member> everyone() {
        return Person.allByName().stream().map(Member::of).toList();
    }

    /** Everyone who can still sign in, in the order they were added. */
    public static List<Member> allActive() {
        return Person.<Person>list("active = true order by id").stream().map(Member::of).toList();
    }

    /** The given people by id, in one query; an unknown id is left out. */
    public static Map<Long, Member> byIds(Collection<Long> ids) {
        Map<Long, Member> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Person.<Person>list("select p from Person p left join fetch p.team where p.id in ?1", ids)
                    .forEach(person -> found.put(person.id, Member.of(person)));
        }
        return found;
    }

    /** The names of the given teams by id, in one query; an unknown id is left out. */
    public static Map<Long, String> teamNamesOf(Collection<Long> teamIds) {
        return names("select t.id, t.name from Team t where t.id in ?1", teamIds);
    }

    /** The names of the given people by id, in one query; an unknown id is left out. */
    public static Map<Long, String> namesOf(Collection<Long> ids) {
        return names("select p.id, p.name from Person p where p.id in ?1", ids);
    }

    private static Map<Long, String> names(String idAndName, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Person.getEntityManager().createQuery(idAndName, Object[].class).setParameter(1, ids).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** The name of one person, or null for no one. */
    public static String nameOf(Long id) {
        return id == null ? null : namesOf(List.of(id)).get(id);
    }

    /** The active reps of a team, by name: whom its targets, dashboard and leaderboard are about. */
    public static List<Member> activeRepsOn(Long teamId) {
        return Person.<Person>list("select p from Person p left join fetch p.team where p.team.id = ?1 and p.active = true"
                + " and p.role = ?2 order by lower(p.name)", teamId, Role.REP)
                .stream().map(Member::of).toList();
    }

    public static Optional<TeamInfo> team(Long id) {
        return id == null ? Optional.empty() : Team.<Team>findByIdOptional(id).map(TeamInfo::of);
    }

    public static List<TeamInfo> allTeams() {
        return Team.allByName().stream().map(TeamInfo::of).toList();
    }

    /** The people on a team, active or not, by name. */
    public static List<Member> onTeam(Long teamId) {
        return Person.<Person>list("select p from Person p left join fetch p.team where p.team.id = ?1 order by lower(p.name)", teamId)
                .stream().map(Member::of).toList();
    }

    /**
     * How many days from {@code from} to {@code to} (both included) each person was on the team, by
     * person id, for everyone who was on it for at least one of them. The days are dates in the team's
     * zone; someone still on the team counts up to {@code to}. A person on the team now with no
     * recorded time on any team counts every day: Goose records it for everyone added or moved, and
     * took everyone already on a team when it began to as being on it since their hire date, so only
     * people written without the people feature's use cases have none.
     */
    public static Map<Long, Integer> daysOnTeam(Long teamId, LocalDate from, LocalDate to) {
        Map<Long, Integer> days = new HashMap<>();
        if (teamId == null || to.isBefore(from)) {
            return days;
        }
        for (TeamMembership stretch : TeamMembership.onTeamWithin(teamId, from, to)) {
            days.merge(stretch.personId, stretch.daysWithin(from, to), Integer::sum);
        }
        int every = (int) ChronoUnit.DAYS.between(from, to) + 1;
        unrecordedOn(teamId).forEach(id -> days.put(id, every));
        return days;
    }

    /** The people on the team now with no time on any team recorded, who count as on it every day. */
    private static List<Long> unrecordedOn(Long teamId) {
        return Person.getEntityManager().createQuery("select p.id from Person p where p.team.id = ?1"
                + " and not exists (select m.id from TeamMembership m where m.personId = p.id)", Long.class)
                .setParameter(1, teamId).getResultList();
    }

    /** A stretch of days a person was on a team, both included; {@code last} is null while they still are. */
    public record Stretch(Long teamId, LocalDate first, LocalDate last) {

        public boolean holds(LocalDate day) {
            return !day.isBefore(first) && (last == null || !day.isAfter(last));
        }

        /** The team of the stretch holding the day, of a person's stretches; empty on a day they were on none. */
        public static Optional<Long> teamOn(List<Stretch> stretches, LocalDate day) {
            return stretches.stream().filter(s -> s.holds(day)).map(Stretch::teamId).findFirst();
        }
    }

    /**
     * The person's stretches on teams, the earliest first, as Goose recorded them. A person with none
     * recorded (see {@link #daysOnTeam}) is taken to be on their team now on every day.
     */
    public static List<Stretch> stretchesOf(Long personId) {
        return stretchesOf(List.of(personId)).getOrDefault(personId, List.of());
    }

    /** As {@link #stretchesOf(Long)}, for several people in two queries, by person id. */
    public static Map<Long, List<Stretch>> stretchesOf(Collection<Long> people) {
        Map<Long, List<Stretch>> stretches = new HashMap<>();
        if (people.isEmpty()) {
            return stretches;
        }
        TeamMembership.<TeamMembership>list("personId in ?1 order by firstDay", people)
                .forEach(m -> stretches.computeIfAbsent(m.personId, k -> new ArrayList<>()).add(new Stretch(m.teamId, m.firstDay, m.lastDay)));
        byIds(people.stream().filter(id -> !stretches.containsKey(id)).toList()).values().stream().filter(m -> m.teamId() != null)
                .forEach(m -> stretches.put(m.id(), List.of(new Stretch(m.teamId(), LocalDate.MIN, null))));
        return stretches;
    }

    /** The people on the team on the day, by the days recorded, and those on it now with none recorded. */
    public static List<Member> onTeamOn(Long teamId, LocalDate day) {
        return onTeamWithin(teamId, day, day);
    }

    /** The people on the team on some day from {@code from} to {@code to}, by name, as {@link #onTeamOn} counts them. */
    public static List<Member> onTeamWithin(Long teamId, LocalDate from, LocalDate to) {
        Set<Long> ids = new HashSet<>();
        TeamMembership.onTeamWithin(teamId, from, to).forEach(m -> ids.add(m.personId));
        unrecordedOn(teamId).forEach(ids::add);
        return byIds(ids).values().stream().sorted(Comparator.comparing((Member m) -> m.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Member::id)).toList();
    }

    public static List<TeamInfo> teamsLedBy(Long managerId) {
        return Team.<Team>list("manager.id = ?1 order by lower(name)", managerId).stream().map(TeamInfo::of).toList();
    }

    /**
     * Locks the person's row until the caller's transaction ends, so that one person's writes of one
     * kind (say, acknowledgements) happen one at a time: a double click records one row, not a clash.
     */
    public static void lock(Long personId) {
        Person.getEntityManager().find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
    }

    public static String normalizeEmail(String email) {
        return Person.normalizeEmail(email);
    }
}

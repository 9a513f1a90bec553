package dev.goose.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stretch of days a person was on a team, first and last day included; the last is null while they
 * still are. The days are dates in the zone of the team joined, the zone the person's days are read in
 * while on it. Other features see these only as days, through {@link People#daysOnTeam}.
 */
@Entity
@Table(name = "team_membership")
@CachedIn(Region.PEOPLE)
class TeamMembership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "team_id", nullable = false)
    public Long teamId;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;

    /** The days of this stretch from {@code from} to {@code to}, both included; an open stretch runs on past {@code to}. */
    int daysWithin(LocalDate from, LocalDate to) {
        LocalDate first = firstDay.isAfter(from) ? firstDay : from;
        LocalDate last = lastDay == null || lastDay.isAfter(to) ? to : lastDay;
        return last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * Records that a new person is on their team from their hire date (today in the team's zone without
     * one). The hire date, not the day they were added: an admin entering people who have long been on
     * a team should not give them fewer days than the teammates already in Goose, and someone hired to
     * start next month has no days on it before then.
     */
    static void joined(Person person, Clock clock) {
        if (person.team != null) {
            open(person.id, person.team.id, person.hireDate != null ? person.hireDate : LocalDate.ofInstant(clock.instant(), person.team.zone()));
        }
    }

    /**
     * Records a move between teams (either may be none) today: the stretch on the team left ends the day
     * before and one on the team joined starts today, both read in the joined team's zone (the left
     * team's when joining none), so that one move never leaves a day on two teams or on neither.
     */
    static void moved(Person person, Team from, Team to, Clock clock) {
        if (sameTeam(from, to)) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), (to != null ? to : from).zone());
        if (from != null) {
            for (TeamMembership open : TeamMembership.<TeamMembership>list("personId = ?1 and teamId = ?2 and lastDay is null",
                    person.id, from.id)) {
                open.closeBefore(today);
            }
        }
        if (to != null) {
            open(person.id, to.id, today);
        }
    }

    /** The stretches on the team that share a day with {@code from} to {@code to}. */
    static List<TeamMembership> onTeamWithin(Long teamId, LocalDate from, LocalDate to) {
        return list("teamId = ?1 and firstDay <= ?2 and (lastDay is null or lastDay >= ?3)", teamId, to, from);
    }

    /** Ends the stretch the day before {@code day}; one that had not begun by then covered no day and goes. */
    private void closeBefore(LocalDate day) {
        if (firstDay.isBefore(day)) {
            lastDay = day.minusDays(1);
        } else {
            delete();
        }
    }

    private static void open(Long personId, Long teamId, LocalDate firstDay) {
        TeamMembership stretch = new TeamMembership();
        stretch.personId = personId;
        stretch.teamId = teamId;
        stretch.firstDay = firstDay;
        stretch.persist();
    }

    private static boolean sameTeam(Team a, Team b) {
        return a == null ? b == null : b != null && a.id.equals(b.id);
    }
}

package dev.goose.people;

import java.util.List;

import dev.goose.web.NotFound;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see whom: admins see everyone; managers see the people on the teams they lead and
 * those who report to them; reps see themselves. Asked first by every use case in this feature.
 * Someone out of sight is reported as not found, so their existence does not leak.
 */
@ApplicationScoped
public class PeopleAccess {

    public boolean canSee(Person viewer, Person person) {
        if (viewer.role == Role.ADMIN || viewer.id.equals(person.id)) {
            return true;
        }
        if (viewer.role != Role.MANAGER) {
            return false;
        }
        boolean onLedTeam = person.team != null && person.team.isLedBy(viewer);
        boolean reports = person.manager != null && person.manager.id.equals(viewer.id);
        return onLedTeam || reports;
    }

    public boolean canSee(Person viewer, Team team) {
        return viewer.role == Role.ADMIN || team.isLedBy(viewer);
    }

    public Person visiblePerson(Person viewer, Long id) {
        Person person = Person.<Person>findByIdOptional(id).orElse(null);
        if (person == null || !canSee(viewer, person)) {
            throw new NotFound("The person");
        }
        return person;
    }

    public Team visibleTeam(Person viewer, Long id) {
        Team team = Team.<Team>findByIdOptional(id).orElse(null);
        if (team == null || !canSee(viewer, team)) {
            throw new NotFound("The team");
        }
        return team;
    }

    public List<Person> visiblePeople(Person viewer) {
        return switch (viewer.role) {
            case ADMIN -> Person.allByName();
            case MANAGER -> Person.visibleTo(viewer);
            case REP -> List.of(viewer);
        };
    }

    public List<Team> visibleTeams(Person viewer) {
        return viewer.role == Role.ADMIN ? Team.allByName() : Team.ledBy(viewer);
    }
}

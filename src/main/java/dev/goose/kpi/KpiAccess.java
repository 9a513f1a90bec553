package dev.goose.kpi;

import dev.goose.errors.NotAllowed;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Person;
import dev.goose.people.Role;
import dev.goose.people.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whose KPIs someone may see and change, asked first by every KPI use case: a rep sees and logs
 * their own numbers; a manager sees those of the people and teams they lead and sets their
 * targets; an admin sees and sets everyone's. Someone out of sight is not found.
 */
@ApplicationScoped
public class KpiAccess {

    @Inject
    PeopleAccess people;

    /** The person, when the viewer may see their numbers; otherwise not found. */
    public Person visiblePerson(Person viewer, Long personId) {
        return people.visiblePerson(viewer, personId);
    }

    public Team visibleTeam(Person viewer, Long teamId) {
        return people.visibleTeam(viewer, teamId);
    }

    /** Whether the viewer may set this person's targets: a manager for the people they lead, an admin for anyone. */
    public boolean setsTargetsFor(Person viewer, Person person) {
        if (viewer.role == Role.ADMIN) {
            return true;
        }
        return viewer.role == Role.MANAGER && !viewer.id.equals(person.id) && people.canSee(viewer, person);
    }

    /** As {@link #setsTargetsFor(Person, Person)}, refusing with 403 after the person was found visible. */
    public void requireSetsTargetsFor(Person viewer, Person person) {
        if (!setsTargetsFor(viewer, person)) {
            throw new NotAllowed("You cannot set targets for yourself; your manager sets them.");
        }
    }

    /** Whether the viewer may define KPIs: managers and admins. */
    public boolean definesKpis(Person viewer) {
        return viewer.role != Role.REP;
    }
}

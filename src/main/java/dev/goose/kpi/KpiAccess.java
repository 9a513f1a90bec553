package dev.goose.kpi;

import dev.goose.errors.NotAllowed;
import dev.goose.people.PeopleAccess;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.people.Role;
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
    public Member visiblePerson(Member viewer, Long personId) {
        return people.visibleMember(viewer, personId);
    }

    public TeamInfo visibleTeam(Member viewer, Long teamId) {
        return people.visibleTeamInfo(viewer, teamId);
    }

    /** Whether the viewer may set this person's targets: a manager for the people they lead, an admin for anyone. */
    public boolean setsTargetsFor(Member viewer, Long personId) {
        if (viewer.role() == Role.ADMIN) {
            return true;
        }
        return viewer.role() == Role.MANAGER && !viewer.id().equals(personId) && people.canSee(viewer.id(), viewer.role(), personId);
    }

    /** As {@link #setsTargetsFor(Member, Long)}, refusing with 403 after the person was found visible. */
    public void requireSetsTargetsFor(Member viewer, Long personId) {
        if (!setsTargetsFor(viewer, personId)) {
            throw new NotAllowed("You cannot set targets for yourself; your manager sets them.");
        }
    }

    /** Whether the viewer may define KPIs: managers and admins. */
    public boolean definesKpis(Member viewer) {
        return viewer.role() != Role.REP;
    }
}

package dev.goose.onboarding;

import java.util.List;

import dev.goose.errors.NotFound;
import dev.goose.people.PeopleAccess;
import dev.goose.people.People.Member;
import dev.goose.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whose enrollments someone may see and in which capacity they act on them: their own as its rep,
 * those of the people they may see (their teams, for a manager; everyone, for an admin) as a
 * manager. Asked first by every use case; an enrollment out of sight is not found.
 */
@ApplicationScoped
class OnboardingAccess {

    @Inject
    PeopleAccess people;

    /** The capacity the viewer acts in on this person's enrollments, or not found when they may not see them. */
    Actor actorFor(Member viewer, Long enrolledId) {
        return actorFor(viewer.id(), viewer.role(), enrolledId);
    }

    /** As {@link #actorFor(Member, Long)}, from memory: for read paths that must not touch the database. */
    Actor actorFor(Long viewerId, Role viewerRole, Long enrolledId) {
        if (viewerId.equals(enrolledId)) {
            return Actor.rep(viewerId);
        }
        if (viewerRole != Role.REP && people.canSee(viewerId, viewerRole, enrolledId)) {
            return Actor.manager(viewerId);
        }
        throw new NotFound("The enrollment");
    }

    /** The enrollment, locked for a change, and the capacity the viewer acts in on it. */
    Enrollment lockedFor(Member viewer, Long id) {
        Enrollment enrollment = Enrollment.locked(id).orElseThrow(() -> new NotFound("The enrollment"));
        actorFor(viewer, enrollment.personId);
        return enrollment;
    }

    /** Whether the viewer may enroll this person, or manage their onboarding. */
    boolean manages(Member viewer, Long personId) {
        return !viewer.id().equals(personId) && viewer.role() != Role.REP && people.canSee(viewer.id(), viewer.role(), personId);
    }

    /** Every enrollment the viewer may see: an admin's all, a manager's their teams' and their own, a rep's their own. */
    List<Enrollment> visible(Member viewer) {
        return viewer.role() == Role.ADMIN ? Enrollment.all() : Enrollment.ofPeople(people.visibleIds(viewer.id(), viewer.role()));
    }

    /** The enrollments the viewer acts on as a manager: everyone's they see but their own. */
    List<Enrollment> managed(Member viewer) {
        return visible(viewer).stream().filter(e -> !e.personId.equals(viewer.id())).toList();
    }
}

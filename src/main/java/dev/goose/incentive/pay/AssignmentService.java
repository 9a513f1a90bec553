package dev.goose.incentive.pay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.errors.NotFound;
import dev.goose.incentive.plan.PlanBlock;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Role;
import dev.goose.playbook.Playbooks;
import dev.goose.playbook.Playbooks.PlaybookInfo;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Assigning plans: a manager assigns to the people and teams they lead, an admin to anyone; nobody
 * assigns their own plan. Everyone sees the assignments of the people they see.
 */
@ApplicationScoped
public class AssignmentService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    Caches caches;

    private ReadCache<Boolean, List<PayViews.PlanChoice>> assignable;

    @PostConstruct
    void init() {
        assignable = caches.of("assignable-plans", 1, Region.PLAYBOOKS);
    }

    /** An assignment as asked for: the plan's playbook slug, a person or a team, and the first day. */
    public record Request(String plan, Long person, Long team, String startsOn) {
        public static Request empty() {
            return new Request(null, null, null, null);
        }
    }

    /** What the assignment form offers: the plans, and the active people and teams the caller may assign to. */
    public record Choices(List<PayViews.PlanChoice> plans, List<PayViews.Choice> subjects) {
    }

    @Transactional
    public Choices choices() {
        Member viewer = current.member();
        List<PayViews.Choice> subjects = new ArrayList<>();
        access.visibleTeamInfos(viewer).stream().filter(TeamInfo::active)
                .forEach(t -> subjects.add(new PayViews.Choice("team:" + t.id(), "Team " + t.name())));
        access.visibleMembers(viewer).stream().filter(p -> p.active() && (viewer.role() == Role.ADMIN || !p.id().equals(viewer.id())))
                .forEach(p -> subjects.add(new PayViews.Choice("person:" + p.id(), p.name())));
        return new Choices(plans(), subjects);
    }

    /** The plans one can assign: kept until a playbook changes, as finding them reads every current version's Markdown. */
    @Transactional
    public List<PayViews.PlanChoice> plans() {
        return assignable.get(Boolean.TRUE, () -> Playbooks.withBlock(PlanBlock.INFO).stream()
                .map(p -> new PayViews.PlanChoice(p.slug(), p.title(), p.current())).toList());
    }

    /** The assignments of the people and teams the caller sees, the latest start first. */
    @Transactional
    public List<PayViews.Assignment> list() {
        Member viewer = current.member();
        Set<Long> people = access.visibleIds(viewer.id(), viewer.role());
        Set<Long> teams = new HashSet<>();
        access.visibleTeamInfos(viewer).forEach(t -> teams.add(t.id()));
        if (viewer.role() == Role.REP && viewer.teamId() != null) {
            teams.add(viewer.teamId());
        }
        List<PlanAssignment> found = new ArrayList<>();
        if (!people.isEmpty()) {
            found.addAll(PlanAssignment.list("personId in ?1", people));
        }
        if (!teams.isEmpty()) {
            found.addAll(PlanAssignment.list("teamId in ?1", teams));
        }
        found.sort(Comparator.comparing((PlanAssignment a) -> a.startsOn).reversed().thenComparing(a -> a.id));
        return views(found);
    }

    /** Assigns a plan; every field in error is named, and nothing is saved then. */
    @Transactional
    public PayViews.Assignment assign(Request request) {
        Member viewer = current.member();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        PlaybookInfo plan = null;
        if (request.plan() == null || request.plan().isBlank()) {
            errors.add("plan", "Choose a plan.");
        } else {
            plan = Playbooks.withBlock(PlanBlock.INFO).stream().filter(p -> p.slug().equals(request.plan().strip())).findFirst().orElse(null);
            errors.require(plan != null, "plan", "No playbook with the slug " + request.plan().strip() + " holds a plan in its current version.");
        }
        Member person = null;
        TeamInfo team = null;
        if ((request.person() == null) == (request.team() == null)) {
            errors.add("person", "Choose either a person or a team.");
        } else if (request.person() != null) {
            person = People.byId(request.person()).filter(p -> access.canSee(viewer.id(), viewer.role(), p.id())).orElse(null);
            errors.require(person != null, "person", "No person you can see has this id.");
        } else {
            team = People.team(request.team()).filter(t -> access.canSee(viewer, t)).orElse(null);
            errors.require(team != null, "team", "No team you lead has this id.");
        }
        LocalDate startsOn = request.startsOn() == null || request.startsOn().isBlank() ? null
                : errors.parse("startsOn", request.startsOn(), LocalDate::parse, "Write the first day as 2026-12-01.");
        errors.require(startsOn != null || errors.has("startsOn"), "startsOn", "Give the first day the plan pays for.");
        errors.throwIfAny();
        if (person != null && person.id().equals(viewer.id()) && viewer.role() != Role.ADMIN) {
            throw new NotAllowed("You cannot assign your own plan; your manager or an admin does.");
        }
        boolean taken = person != null ? PlanAssignment.count("personId = ?1 and startsOn = ?2", person.id(), startsOn) > 0
                : PlanAssignment.count("teamId = ?1 and startsOn = ?2", team.id(), startsOn) > 0;
        if (taken) {
            throw new Conflict("A plan is already assigned from " + startsOn + "; remove that assignment first.");
        }
        PlanAssignment assignment = new PlanAssignment();
        assignment.playbookId = plan.id();
        assignment.personId = person == null ? null : person.id();
        assignment.teamId = team == null ? null : team.id();
        assignment.startsOn = startsOn;
        assignment.assignedBy = viewer.id();
        assignment.assignedAt = clock.instant();
        assignment.persist();
        return views(List.of(assignment)).get(0);
    }

    /** Removes an assignment the caller could have made. */
    @Transactional
    public void remove(Long id) {
        Member viewer = current.member();
        PlanAssignment assignment = PlanAssignment.<PlanAssignment>findByIdOptional(id).orElseThrow(() -> new NotFound("The assignment"));
        boolean manages = assignment.personId != null
                ? access.canSee(viewer.id(), viewer.role(), assignment.personId)
                        && (viewer.role() == Role.ADMIN || !assignment.personId.equals(viewer.id()))
                : People.team(assignment.teamId).filter(t -> access.canSee(viewer, t)).isPresent();
        if (!manages) {
            throw new NotFound("The assignment");
        }
        assignment.delete();
    }

    private static List<PayViews.Assignment> views(List<PlanAssignment> assignments) {
        Map<Long, PlaybookInfo> plans = Playbooks.byIds(assignments.stream().map(a -> a.playbookId).distinct().toList());
        Set<Long> personIds = new HashSet<>();
        assignments.forEach(a -> {
            personIds.add(a.assignedBy);
            if (a.personId != null) {
                personIds.add(a.personId);
            }
        });
        Map<Long, String> names = People.namesOf(personIds);
        Map<Long, String> teams = People.teamNamesOf(assignments.stream().filter(a -> a.teamId != null).map(a -> a.teamId).toList());
        return assignments.stream().map(a -> {
            PlaybookInfo plan = plans.get(a.playbookId);
            return new PayViews.Assignment(a.id, plan.slug(), plan.title(), a.personId, names.get(a.personId), a.teamId,
                    teams.get(a.teamId), a.startsOn, names.get(a.assignedBy), a.assignedAt);
        }).toList();
    }
}

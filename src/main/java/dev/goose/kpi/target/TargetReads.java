package dev.goose.kpi.target;

import java.util.ArrayList;
import java.util.List;

import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.kpi.KpiAccess;
import dev.goose.kpi.KpiChoices;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.KpiTarget;
import dev.goose.kpi.PeriodKind;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Person;
import dev.goose.people.Role;
import dev.goose.people.Team;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which targets someone may see: a rep their own, a manager those of the people they see and of
 * the teams they lead, an admin all. Someone else's target is not found. Reads inside the caller's
 * transaction.
 */
@ApplicationScoped
class TargetReads {

    @Inject
    PeopleAccess people;

    @Inject
    KpiAccess access;

    public KpiTarget visible(Person viewer, Long id) {
        KpiTarget target = id == null ? null : KpiTarget.findById(id);
        if (target == null || !sees(viewer, target)) {
            throw new NotFound("The target");
        }
        return target;
    }

    public boolean sees(Person viewer, KpiTarget target) {
        return target.person != null ? people.canSee(viewer, target.person) : people.canSee(viewer, target.team);
    }

    /** Whether the viewer may change the target: see {@link KpiAccess#setsTargetsFor}; a team's by its leader or an admin. */
    public boolean manages(Person viewer, KpiTarget target) {
        return target.person != null ? access.setsTargetsFor(viewer, target.person) : people.canSee(viewer, target.team);
    }

    /**
     * The targets the viewer may see in KPI order, narrowed to one person, to one team (its own
     * targets and those of its members), to one KPI by key, or to one kind.
     */
    public List<KpiTarget> list(Person viewer, Long personId, Long teamId, String kpiKey, String kindName) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        KpiDefinition kpi = kpiKey == null || kpiKey.isBlank() ? null : KpiDefinition.byKey(kpiKey).orElse(null);
        errors.require(kpiKey == null || kpiKey.isBlank() || kpi != null, "kpi", "No KPI has this key.");
        PeriodKind kind = kindName == null || kindName.isBlank() ? null : KpiChoices.parse(PeriodKind.class, kindName).orElse(null);
        errors.require(kindName == null || kindName.isBlank() || kind != null, "kind",
                "Use one of " + KpiChoices.allowed(PeriodKind.class) + ".");
        errors.throwIfAny();

        List<String> subjects = new ArrayList<>();
        if (personId != null) {
            subjects.add(KpiTarget.subjectOf(access.visiblePerson(viewer, personId)));
        } else if (teamId != null) {
            Team team = access.visibleTeam(viewer, teamId);
            subjects.add(KpiTarget.subjectOf(team));
            Person.onTeam(team).stream().filter(p -> people.canSee(viewer, p)).map(KpiTarget::subjectOf).forEach(subjects::add);
        } else if (viewer.role != Role.ADMIN) {
            people.visiblePeople(viewer).stream().map(KpiTarget::subjectOf).forEach(subjects::add);
            people.visibleTeams(viewer).stream().map(KpiTarget::subjectOf).forEach(subjects::add);
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (personId != null || teamId != null || viewer.role != Role.ADMIN) {
            query.append(" and subject in :subjects");
            parameters.and("subjects", subjects.isEmpty() ? List.of("none") : subjects);
        }
        if (kpi != null) {
            query.append(" and kpi = :kpi");
            parameters.and("kpi", kpi);
        }
        if (kind != null) {
            query.append(" and periodKind = :kind");
            parameters.and("kind", kind);
        }
        return KpiTarget.<KpiTarget>list(query + " order by kpi.position, kpi.id, subject, periodKind, startsOn", parameters);
    }
}

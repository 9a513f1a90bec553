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
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.people.Role;
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

    public KpiTarget visible(Member viewer, Long id) {
        KpiTarget target = id == null ? null : KpiTarget.findById(id);
        if (target == null || !sees(viewer, target)) {
            throw new NotFound("The target");
        }
        return target;
    }

    public boolean sees(Member viewer, KpiTarget target) {
        return target.personId != null ? people.canSee(viewer.id(), viewer.role(), target.personId) : leads(viewer, target);
    }

    /** Whether the viewer may change the target: see {@link KpiAccess#setsTargetsFor}; a team's by its leader or an admin. */
    public boolean manages(Member viewer, KpiTarget target) {
        return target.personId != null ? access.setsTargetsFor(viewer, target.personId) : leads(viewer, target);
    }

    /** Whether the viewer is an admin or leads the team a team target is for. */
    private boolean leads(Member viewer, KpiTarget target) {
        return People.team(target.teamId).filter(team -> people.canSee(viewer, team)).isPresent();
    }

    /**
     * The targets the viewer may see in KPI order, narrowed to one person, to one team (its own
     * targets and those of its members), to one KPI by key, or to one kind.
     */
    public List<KpiTarget> list(Member viewer, Long personId, Long teamId, String kpiKey, String kindName) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        KpiDefinition kpi = kpiKey == null || kpiKey.isBlank() ? null : KpiDefinition.byKey(kpiKey).orElse(null);
        errors.require(kpiKey == null || kpiKey.isBlank() || kpi != null, "kpi", "No KPI has this key.");
        PeriodKind kind = kindName == null || kindName.isBlank() ? null : KpiChoices.parse(PeriodKind.class, kindName).orElse(null);
        errors.require(kindName == null || kindName.isBlank() || kind != null, "kind",
                "Use one of " + KpiChoices.allowed(PeriodKind.class) + ".");
        errors.throwIfAny();

        List<String> subjects = new ArrayList<>();
        if (personId != null) {
            subjects.add(KpiTarget.personSubject(access.visiblePerson(viewer, personId).id()));
        } else if (teamId != null) {
            TeamInfo team = access.visibleTeam(viewer, teamId);
            subjects.add(KpiTarget.teamSubject(team.id()));
            People.onTeam(team.id()).stream().filter(p -> people.canSee(viewer.id(), viewer.role(), p.id()))
                    .map(p -> KpiTarget.personSubject(p.id())).forEach(subjects::add);
        } else if (viewer.role() != Role.ADMIN) {
            people.visibleMembers(viewer).stream().map(p -> KpiTarget.personSubject(p.id())).forEach(subjects::add);
            people.visibleTeamInfos(viewer).stream().map(t -> KpiTarget.teamSubject(t.id())).forEach(subjects::add);
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (personId != null || teamId != null || viewer.role() != Role.ADMIN) {
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

package dev.goose.kpi.funnel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.kpi.Funnel;
import dev.goose.kpi.KpiAccess;
import dev.goose.kpi.KpiCalendar;
import dev.goose.kpi.ScriptEffectiveness;
import dev.goose.kpi.StageConversion;
import dev.goose.kpi.VersionConversion;
import dev.goose.kpi.funnel.FunnelViews.FunnelQuery;
import dev.goose.kpi.funnel.FunnelViews.FunnelReport;
import dev.goose.kpi.funnel.FunnelViews.ScriptReport;
import dev.goose.kpi.funnel.FunnelViews.StageRow;
import dev.goose.kpi.funnel.FunnelViews.VersionRow;
import dev.goose.people.CurrentPerson;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Role;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.pipeline.Pipelines;
import dev.goose.pipeline.Pipelines.PipelineView;
import dev.goose.pipeline.Pipelines.StageView;
import dev.goose.time.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The funnel report and script effectiveness over the deals a viewer may see: a rep their own, a
 * manager their teams', an admin anyone's. A team or person out of sight is not found.
 */
@ApplicationScoped
public class FunnelService {

    static final int DEFAULT_DAYS = 90;

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    KpiAccess access;

    @Inject
    PeopleAccess people;

    /** The funnel of the deals the query chooses. */
    @Transactional
    public FunnelReport funnel(FunnelQuery query) {
        FunnelScope scope = scope(query, null);
        return funnel(scope, scope.changes());
    }

    /** The funnel of one team's deals of the default pipeline over the last 90 days, as a dashboard shows it. */
    @Transactional
    public FunnelReport teamFunnel(Long teamId) {
        return funnel(FunnelQuery.ofTeam(teamId));
    }

    /** Conversion out of one stage (the first when blank) split by the script version met on entering it. */
    @Transactional
    public ScriptReport scripts(FunnelQuery query, String stage) {
        FunnelScope scope = scope(query, stage);
        return scripts(scope, scope.changes(), stageOrFirst(scope, stage));
    }

    /** Both reports from one read of the deals' histories, for the page. */
    @Transactional
    public FunnelViews.FunnelPage page(FunnelQuery query, String stage) {
        FunnelScope scope = scope(query, stage);
        List<ChangeRow> changes = scope.changes();
        String chosen = stageOrFirst(scope, stage);
        FunnelQuery resolved = new FunnelQuery(scope.pipeline().key(), query.team(), query.person(), scope.from().toString(),
                scope.to().toString());
        return new FunnelViews.FunnelPage(resolved, chosen, FunnelChoices.pipelines(),
                FunnelChoices.teams(people.visibleTeamInfos(scope.viewer())), FunnelChoices.people(people.visibleMembers(scope.viewer())),
                FunnelChoices.stages(FunnelScope.scriptStages(scope.stages())),
                funnel(scope, changes), scripts(scope, changes, chosen));
    }

    private FunnelReport funnel(FunnelScope scope, List<ChangeRow> changes) {
        Funnel funnel = Funnel.of(scope.funnelKeys(), changes.stream().map(ChangeRow::change).toList());
        Map<String, String> names = names(scope);
        List<StageRow> rows = funnel.stages().stream().map(s -> row(s, names.get(s.stage()))).toList();
        return new FunnelReport(scope.pipeline().key(), scope.pipeline().name(), scope.scope(), scope.from(), scope.to(), rows,
                funnel.biggestDrop().orElse(null));
    }

    private ScriptReport scripts(FunnelScope scope, List<ChangeRow> changes, String stage) {
        // Every valid pipeline has an open stage to go on from; without one there is nothing to split.
        List<VersionRow> versions = stage == null ? List.of()
                : ScriptEffectiveness.of(ScriptEntries.of(scope.funnelKeys(), stage, changes)).stream().map(FunnelService::row).toList();
        return new ScriptReport(scope.pipeline().key(), stage, names(scope).get(stage), scope.from(), scope.to(), versions);
    }

    private static StageRow row(StageConversion stage, String name) {
        return new StageRow(stage.stage(), name, stage.entered(), stage.advanced(),
                stage.conversion().flatMap(r -> r.value()).orElse(null), stage.conversionDisplay(),
                stage.medianDays().orElse(null), stage.averageDays().orElse(null));
    }

    private static VersionRow row(VersionConversion version) {
        return new VersionRow(version.version(), version.entered(), version.advanced(), version.conversion().value().orElse(null),
                version.conversionDisplay());
    }

    private static Map<String, String> names(FunnelScope scope) {
        return scope.funnelStages().stream().collect(Collectors.toMap(StageView::key, StageView::name));
    }

    private static String stageOrFirst(FunnelScope scope, String stage) {
        List<StageView> stages = FunnelScope.scriptStages(scope.stages());
        return stage == null || stage.isBlank() ? (stages.isEmpty() ? null : stages.get(0).key()) : stage.strip();
    }

    /** Checks the query field by field, then whether the team and person are in the viewer's sight. */
    private FunnelScope scope(FunnelQuery query, String stage) {
        Member viewer = current.member();
        ZoneId zone = KpiCalendar.zoneOf(viewer);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        PipelineView pipeline = query.pipeline() == null || query.pipeline().isBlank()
                ? Pipelines.byDefault().orElseThrow(() -> new NotFound("A default pipeline"))
                : Pipelines.byIdOrKey(query.pipeline()).orElse(null);
        errors.require(pipeline != null, "pipeline", "There is no pipeline '" + query.pipeline() + "'.");
        LocalDate to = errors.parse("to", query.to(), Dates::parse, "Give the end as a date such as 2026-03-31.");
        LocalDate from = errors.parse("from", query.from(), Dates::parse, "Give the start as a date such as 2026-01-01.");
        to = to != null || errors.has("to") ? to : LocalDate.ofInstant(clock.instant(), zone);

        from = from != null || errors.has("from") || to == null ? from : to.minusDays(DEFAULT_DAYS - 1);
        errors.require(from == null || to == null || !from.isAfter(to), "to", "The end comes before the start.");
        List<StageView> stages = pipeline == null ? List.of() : Pipelines.stagesOf(pipeline.id());
        if (pipeline != null && stage != null && !stage.isBlank()) {
            List<String> allowed = FunnelScope.scriptStages(stages).stream().map(StageView::key).toList();
            errors.require(allowed.contains(stage.strip()), "stage", "There is no stage '" + stage + "' in " + pipeline.name()
                    + ". Stages: " + String.join(", ", allowed) + ".");
        }
        Long teamId = errors.parse("team", query.team(), Long::valueOf, "Choose a team by its id.");
        Long personId = errors.parse("person", query.person(), Long::valueOf, "Choose a person by their id.");
        errors.throwIfAny();
        TeamInfo team = teamId == null ? null : access.visibleTeam(viewer, teamId);
        Member person = personId == null ? null : access.visiblePerson(viewer, personId);
        return new FunnelScope(viewer, pipeline, stages, team, person, from, to, zone, owners(viewer, team, person));
    }

    /**
     * Whose deals may count: a team's members; with no team or person chosen, as the deals list, a
     * rep's own and a manager's own and those of the people they see; an admin's, everyone's.
     */
    private Collection<Long> owners(Member viewer, TeamInfo team, Member person) {
        if (team != null) {
            return People.onTeam(team.id()).stream().map(Member::id).toList();
        }
        return person != null || viewer.role() == Role.ADMIN ? null : people.visibleIds(viewer.id(), viewer.role());
    }
}

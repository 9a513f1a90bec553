package dev.goose.kpi.funnel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.people.Role;
import dev.goose.pipeline.Deals;
import dev.goose.pipeline.Pipelines.PipelineView;
import dev.goose.pipeline.Pipelines.StageView;

/**
 * The deals a funnel counts, resolved and checked: a pipeline, whose they are, and the days they
 * were created on. Reads their stage changes as one projection, with no entities loaded.
 *
 * @param stages  every stage of the pipeline, retired ones too, since history points at them
 * @param team    the team whose members' deals count, or null
 * @param person  the one person whose deals count, or null
 * @param owners  the people whose deals may count (the team's members, or everyone the viewer sees), or
 *                null for everyone's, as an admin sees them
 */
record FunnelScope(Member viewer, PipelineView pipeline, List<StageView> stages, TeamInfo team, Member person, LocalDate from,
        LocalDate to, ZoneId zone, Collection<Long> owners) {

    /** The open and won stages in order, retired ones left out: lost stages end a stay, never an advance. */
    List<StageView> funnelStages() {
        return funnelStages(stages);
    }

    static List<StageView> funnelStages(List<StageView> all) {
        return all.stream().filter(s -> !s.retired() && !"lost".equals(s.outcome())).toList();
    }

    /** Script effectiveness is about going on from a stage: every funnel stage but the last. */
    static List<StageView> scriptStages(List<StageView> all) {
        List<StageView> stages = funnelStages(all);
        return stages.isEmpty() ? stages : stages.subList(0, stages.size() - 1);
    }

    List<String> funnelKeys() {
        return funnelStages().stream().map(StageView::key).toList();
    }

    String scope() {
        if (person != null) {
            return person.name() + (team != null ? " (" + team.name() + ")" : "");
        }
        if (team != null) {
            return team.name();
        }
        return viewer.role() == Role.REP ? viewer.name() : "everyone you see";
    }

    /** The stage changes of the chosen deals, oldest recorded first. */
    List<ChangeRow> changes() {
        Map<Long, String> keys = stages.stream().collect(Collectors.toMap(StageView::id, StageView::key));
        return Deals.movesOfDealsCreated(pipeline.id(), instant(from), instant(to.plusDays(1)), owners, person == null ? null : person.id())
                .stream().map(move -> new ChangeRow(String.valueOf(move.dealId()), key(keys, move.fromStageId()),
                        key(keys, move.toStageId()), move.at(), move.enteredGuides(), move.guideVersions())).toList();
    }

    /** A stage outside this pipeline cannot be in a deal's history; if one were, it would only end a stay. */
    private static String key(Map<Long, String> keys, Long id) {
        return id == null ? null : keys.getOrDefault(id, "#" + id);
    }

    private Instant instant(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}

package dev.goose.kpi.funnel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.people.Role;
import dev.goose.pipeline.Pipelines.PipelineView;
import dev.goose.pipeline.Pipelines.StageView;
import dev.goose.pipeline.stage.Stage;

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
        StringBuilder where = new StringBuilder("d.pipeline.id = :pipeline and d.createdAt >= :start and d.createdAt < :end");
        Map<String, Object> parameters = new HashMap<>(Map.of("pipeline", pipeline.id(),
                "start", instant(from), "end", instant(to.plusDays(1))));
        if (owners != null) {
            if (owners.isEmpty()) {
                return List.of();
            }
            where.append(" and d.ownerId in :owners");
            parameters.put("owners", owners);
        }
        if (person != null) {
            where.append(" and d.ownerId = :person");
            parameters.put("person", person.id());
        }
        var query = Stage.getEntityManager().createQuery("select c.deal.id, c.from.id, c.to.id, c.changedAt, c.enteredGuides,"
                + " c.guideVersions from StageChange c join c.deal d where " + where + " order by c.id", Object[].class);
        parameters.forEach(query::setParameter);
        Map<Long, String> keys = stages.stream().collect(Collectors.toMap(StageView::id, StageView::key));
        return query.getResultList().stream().map(row -> new ChangeRow(String.valueOf(row[0]),
                row[1] == null ? null : key(keys, (Long) row[1]), key(keys, (Long) row[2]), (Instant) row[3],
                (String) row[4], (String) row[5])).toList();
    }

    /** A stage outside this pipeline cannot be in a deal's history; if one were, it would only end a stay. */
    private static String key(Map<Long, String> keys, Long id) {
        return id == null ? null : keys.getOrDefault(id, "#" + id);
    }

    private Instant instant(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}

package dev.goose.pipeline.stage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.pipeline.deal.DealViews.PipelineView;
import dev.goose.pipeline.deal.DealViews.StageView;
import dev.goose.pipeline.stage.PipelineRules.CurrentStage;
import dev.goose.pipeline.stage.PipelineRules.PipelineRequest;
import dev.goose.pipeline.stage.PipelineRules.StageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Managers shape pipelines: create them, rename them, add, remove and reorder stages, tune each
 * stage and the exit rule, and choose the default. A change is saved whole or not at all.
 * Stage keys stay as created: published playbook versions link their sections to them.
 */
@ApplicationScoped
public class PipelineService {

    private static final PipelineRequest EMPTY = new PipelineRequest(null, null, null, null);

    @Inject
    Clock clock;

    @Transactional
    public List<PipelineView> all() {
        return Pipeline.allByName().stream().map(PipelineService::view).toList();
    }

    /** A pipeline by id or key. */
    @Transactional
    public PipelineView get(String idOrKey) {
        return view(find(idOrKey));
    }

    /** The pipeline named by id or key, or the default one when none is named. */
    @Transactional
    public PipelineView shownOrDefault(String idOrKey) {
        return idOrKey == null || idOrKey.isBlank() ? view(Pipeline.byDefault().orElseThrow(() -> new NotFound("A default pipeline")))
                : get(idOrKey);
    }

    /** Adds a pipeline; without a key, one is made from the name. */
    @Transactional
    public PipelineView create(PipelineRequest request) {
        PipelineRequest wanted = request == null ? EMPTY : request;
        List<FieldError> errors = new ArrayList<>(PipelineRules.check(wanted));
        boolean keyGiven = wanted.key() != null && !wanted.key().isBlank();
        if (keyGiven && Pipeline.count("key", wanted.key()) > 0) {
            errors.add(new FieldError("key", "Another pipeline has the key '" + wanted.key() + "'."));
        }
        checkNameFree(wanted.name(), null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Pipeline pipeline = new Pipeline();
        pipeline.key = keyGiven ? wanted.key() : freeKey(PipelineRules.keyFor(wanted.name()));
        pipeline.name = wanted.name().strip();
        pipeline.exitRule = wanted.exitRule();
        pipeline.createdAt = clock.instant();
        pipeline.persist();
        arrange(pipeline, wanted.stages());
        return view(pipeline);
    }

    /**
     * Replaces a pipeline's name, exit rule and stages with those given, in their order. Stages not
     * listed are removed, which is refused while deals are in them; new keys add stages.
     */
    @Transactional
    public PipelineView update(String idOrKey, PipelineRequest request) {
        Pipeline pipeline = find(idOrKey);
        // One change at a time per pipeline: two editors must not both pass the deal counts.
        Pipeline.getEntityManager().refresh(pipeline, LockModeType.PESSIMISTIC_WRITE);
        PipelineRequest wanted = request == null ? EMPTY : request;
        List<FieldError> errors = new ArrayList<>(PipelineRules.check(wanted));
        if (wanted.key() != null && !wanted.key().equals(pipeline.key) && errors.stream().noneMatch(e -> e.field().equals("key"))) {
            errors.add(new FieldError("key", "A pipeline keeps the key it was created with: " + pipeline.key + "."));
        }
        checkNameFree(wanted.name(), pipeline.id, errors);
        if (wanted.stages() != null) {
            errors.addAll(PipelineRules.checkDeals(current(pipeline), wanted.stages()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        pipeline.name = wanted.name().strip();
        pipeline.exitRule = wanted.exitRule();
        arrange(pipeline, wanted.stages());
        return view(pipeline);
    }

    /** Makes a pipeline the default: new deals, CRM feeds and the board use it unless told otherwise. */
    @Transactional
    public PipelineView makeDefault(String idOrKey) {
        Pipeline pipeline = find(idOrKey);
        // Entity by entity, not one bulk update, so that the read caches hear of the change.
        Pipeline.<Pipeline>list("isDefault = true and id <> ?1", pipeline.id).forEach(other -> other.isDefault = false);
        pipeline.isDefault = true;
        return view(pipeline);
    }

    /** How many deals, open or closed, are in each stage of a pipeline, by stage key. */
    @Transactional
    public Map<String, Long> dealsByStage(String idOrKey) {
        return current(find(idOrKey)).stream().collect(Collectors.toMap(CurrentStage::key, CurrentStage::deals));
    }

    private static Pipeline find(String idOrKey) {
        return Pipeline.byIdOrKey(idOrKey).orElseThrow(() -> new NotFound("The pipeline"));
    }

    private static void checkNameFree(String name, Long except, List<FieldError> errors) {
        if (name != null && Pipeline.count("lower(name) = ?1 and (?2 is null or id <> ?2)", name.strip().toLowerCase(), except) > 0) {
            errors.add(new FieldError("name", "Another pipeline has this name."));
        }
    }

    private static String freeKey(String base) {
        String key = base;
        for (int n = 2; Pipeline.count("key", key) > 0; n++) {
            key = (base.length() > 55 ? base.substring(0, 55) : base) + "-" + n;
        }
        return key;
    }

    private static List<CurrentStage> current(Pipeline pipeline) {
        Map<Long, Long> counts = new HashMap<>();
        Pipeline.getEntityManager().createQuery("select d.stage.id, count(d) from Deal d where d.pipeline = ?1 group by d.stage.id",
                Object[].class).setParameter(1, pipeline).getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return Stage.of(pipeline).stream().map(s -> new CurrentStage(s.key, s.name, s.outcome, counts.getOrDefault(s.id, 0L)))
                .toList();
    }

    /** Puts the stages in the order given: updates those that exist, brings back removed ones, adds new ones, retires the rest. */
    private void arrange(Pipeline pipeline, List<StageRequest> wanted) {
        Map<String, Stage> byKey = new HashMap<>();
        Stage.<Stage>list("pipeline", pipeline).forEach(s -> byKey.put(s.key, s));
        Set<String> keep = wanted.stream().map(StageRequest::key).collect(Collectors.toSet());
        Instant now = clock.instant();

        byKey.values().stream().filter(s -> s.retiredAt == null && !keep.contains(s.key)).forEach(s -> s.retiredAt = now);
        for (int i = 0; i < wanted.size(); i++) {
            StageRequest w = wanted.get(i);
            Stage stage = byKey.get(w.key());
            if (stage == null) {
                stage = new Stage();
                stage.pipeline = pipeline;
                stage.key = w.key();
            }
            stage.retiredAt = null;
            stage.name = w.name().strip();
            stage.position = i + 1;
            stage.winProbability = w.winProbability();
            stage.outcome = w.closing();
            stage.stallDays = stage.closes() ? null : w.stallDays();
            if (!stage.isPersistent()) {
                stage.persist();
            }
        }
    }

    public static PipelineView view(Pipeline p) {
        return new PipelineView(p.id, p.key, p.name, p.exitRule, p.isDefault, Stage.of(p).stream().map(s -> new StageView(s.key,
                s.name, s.position, s.winProbability, s.outcome, s.stallDays)).toList());
    }
}

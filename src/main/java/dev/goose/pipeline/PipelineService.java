package dev.goose.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.goose.pipeline.DealViews.PipelineView;
import dev.goose.pipeline.DealViews.StageView;
import dev.goose.web.InvalidInput;
import dev.goose.web.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Managers tune their pipeline: stage names, win probabilities, stall limits, and whether open exit
 * items warn or refuse a move. Stage keys stay: playbook sections are linked to them.
 */
@ApplicationScoped
public class PipelineService {

    /** A change to a pipeline: its exit rule and its stages by key. */
    public record PipelineRequest(String exitRule, List<StageRequest> stages) {
    }

    public record StageRequest(String key, String name, Integer winProbability, Integer stallDays) {
    }

    @Transactional
    public List<PipelineView> all() {
        return Pipeline.allByName().stream().map(PipelineService::view).toList();
    }

    @Transactional
    public PipelineView update(Long id, PipelineRequest request) {
        Pipeline pipeline = Pipeline.<Pipeline>findByIdOptional(id).orElseThrow(() -> new NotFound("The pipeline"));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String rule = request == null ? null : request.exitRule();
        errors.require(Pipeline.WARN.equals(rule) || Pipeline.REFUSE.equals(rule), "exitRule", "Choose warn or refuse.");
        List<StageRequest> stages = request == null || request.stages() == null ? List.of() : request.stages();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            StageRequest stage = stages.get(i);
            String at = "stages[" + i + "].";
            boolean known = stage.key() != null && Stage.byKey(pipeline, stage.key()).isPresent();
            errors.require(known && seen.add(stage.key()), at + "key", "Name each existing stage once by its key.");
            errors.require(stage.name() != null && !stage.name().isBlank() && stage.name().length() <= 120, at + "name",
                    "Give a name of at most 120 characters.");
            errors.require(stage.winProbability() != null && stage.winProbability() >= 0 && stage.winProbability() <= 100,
                    at + "winProbability", "Use a whole percentage from 0 to 100.");
            errors.require(stage.stallDays() == null || stage.stallDays() > 0, at + "stallDays",
                    "Use a number of days above 0, or leave it empty for never.");
        }
        errors.throwIfAny();
        pipeline.exitRule = rule;
        for (StageRequest change : stages) {
            Stage stage = Stage.byKey(pipeline, change.key()).orElseThrow();
            stage.name = change.name().strip();
            stage.winProbability = change.winProbability();
            stage.stallDays = stage.closes() ? null : change.stallDays();
        }
        return view(pipeline);
    }

    static PipelineView view(Pipeline p) {
        return new PipelineView(p.id, p.name, p.exitRule, p.isDefault, Stage.of(p).stream().map(s -> new StageView(s.key, s.name,
                s.position, s.winProbability, s.outcome, s.stallDays)).toList());
    }
}

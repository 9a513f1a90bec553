package dev.goose.pipeline;

import java.util.List;
import java.util.Optional;

import dev.goose.pipeline.stage.Pipeline;
import dev.goose.pipeline.stage.Stage;

/**
 * The door of the pipeline feature for other features: its pipelines and their stages, as records.
 * Reads inside the caller's transaction.
 */
public final class Pipelines {

    private Pipelines() {
    }

    /** A pipeline as others see it. */
    public record PipelineView(Long id, String key, String name) {
        static PipelineView of(Pipeline pipeline) {
            return new PipelineView(pipeline.id, pipeline.key, pipeline.name);
        }
    }

    /**
     * A stage as others see it.
     *
     * @param outcome "won" or "lost" for a closing stage, else null
     * @param retired whether the stage is retired: gone from the board, still in deals' history
     */
    public record StageView(Long id, String key, String name, int position, String outcome, boolean retired) {
        static StageView of(Stage stage) {
            return new StageView(stage.id, stage.key, stage.name, stage.position, stage.outcome, stage.retiredAt != null);
        }
    }

    public static List<PipelineView> allByName() {
        return Pipeline.allByName().stream().map(PipelineView::of).toList();
    }

    public static Optional<PipelineView> byDefault() {
        return Pipeline.byDefault().map(PipelineView::of);
    }

    /** A pipeline by its key, or by its id when the text is a number. */
    public static Optional<PipelineView> byIdOrKey(String idOrKey) {
        return Pipeline.byIdOrKey(idOrKey).map(PipelineView::of);
    }

    /** Every stage of the pipeline in board order, retired ones too, since history points at them. */
    public static List<StageView> stagesOf(Long pipelineId) {
        return Stage.<Stage>list("pipeline.id = ?1 order by position", pipelineId).stream().map(StageView::of).toList();
    }

    /** The keys of all stages in use, in any pipeline, sorted. */
    public static List<String> liveStageKeys() {
        return Stage.allKeys();
    }
}

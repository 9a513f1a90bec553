package dev.goose.pipeline.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.errors.FieldError;
import dev.goose.pipeline.deal.DealViews.PipelineView;
import dev.goose.pipeline.deal.DealViews.StageView;
import dev.goose.pipeline.stage.PipelineRules.StageRequest;

@Tag("unit")
class PipelineFormTest {

    private static final PipelineView SALES = new PipelineView(1L, "sales", "Sales", "warn", true, List.of(
            new StageView("lead", "Lead", 1, 10, null, 14), new StageView("demo", "Demo", 2, 40, null, null),
            new StageView("won", "Won", 3, 100, "won", null), new StageView("lost", "Lost", 4, 0, "lost", null)));

    /** The form as a browser posts it: one value per row for each field. */
    private static PipelineForm posted(List<String> kind, List<String> keys, List<String> names, List<String> orders, Set<String> remove) {
        int n = kind.size();
        List<String> outcomes = keys.stream().map(k -> k.equals("won") || k.equals("lost") ? k : "open").toList();
        return PipelineForm.typed(1L, "sales", "Sales", "warn", kind, keys, names, Collections.nCopies(n, "10"), outcomes,
                Collections.nCopies(n, ""), orders, remove, Map.of("demo", 2L));
    }

    @Test
    void blankRowsToAddStagesComeJustBeforeTheClosingOnes() {
        PipelineForm form = PipelineForm.of(SALES, Map.of("demo", 2L));
        assertThat(form.rows()).extracting(PipelineForm.Row::key).containsExactly("lead", "demo", "", "", "won", "lost");
        assertThat(form.rows()).extracting(PipelineForm.Row::order).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(form.rows().get(1).deals()).isEqualTo(2);
    }

    @Test
    void stagesRunInTheOrderOfTheirNumbersWithoutBlankOrRemovedRows() {
        PipelineForm form = posted(List.of("existing", "existing", "new", "new", "existing", "existing"),
                List.of("lead", "demo", "", "", "won", "lost"), List.of("Lead", "Demo", "Trial run", "", "Won", "Lost"),
                List.of("2", "1", "3", "4", "9", "8"), Set.of("demo"));
        PipelineForm.Parsed parsed = form.parse();
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.request().stages()).extracting(StageRequest::key).containsExactly("lead", "trial-run", "lost", "won");
        assertThat(parsed.rowOf()).containsExactly(0, 2, 5, 4);
    }

    @Test
    void equalNumbersKeepTheTableOrder() {
        PipelineForm form = posted(List.of("existing", "existing", "existing", "existing"), List.of("lead", "demo", "won", "lost"),
                List.of("Lead", "Demo", "Won", "Lost"), List.of("1", "1", "", ""), Set.of());
        assertThat(form.parse().request().stages()).extracting(StageRequest::key).containsExactly("lead", "demo", "won", "lost");
    }

    @Test
    void problemsComeBackBesideTheirRows() {
        PipelineForm form = posted(List.of("existing", "new", "existing", "existing"), List.of("lead", "Bad Key", "won", "lost"),
                List.of("Lead", "Bad", "Won", "Lost"), List.of("1", "x", "3", "4"), Set.of());
        PipelineForm.Parsed parsed = form.parse();
        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("rows[1].order");
        PipelineForm shown = form.withErrors(List.of(new FieldError("stages[1].key", "Use a-z."), new FieldError("name", "Taken."),
                new FieldError("stages", "Add one."), new FieldError("stages", "Add another.")), parsed.rowOf());
        assertThat(shown.rows().get(1).errors()).containsEntry("key", "Use a-z.");
        assertThat(shown.errors()).containsEntry("name", "Taken.").containsEntry("stages", "Add one. Add another.");
        assertThat(shown.rowErrors()).isTrue();
    }

    @Test
    void aNewPipelineStartsWithRowsToFillInAndTheUsualClosingStages() {
        PipelineForm form = PipelineForm.blank();
        assertThat(form.rows()).extracting(PipelineForm.Row::key).containsExactly("", "", "", "closed-won", "closed-lost");
        assertThat(form.id()).isNull();
    }
}

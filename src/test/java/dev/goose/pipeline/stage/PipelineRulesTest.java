package dev.goose.pipeline.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.errors.FieldError;
import dev.goose.pipeline.stage.PipelineRules.CurrentStage;
import dev.goose.pipeline.stage.PipelineRules.PipelineRequest;
import dev.goose.pipeline.stage.PipelineRules.StageRequest;

@Tag("unit")
class PipelineRulesTest {

    private static StageRequest open(String key) {
        return new StageRequest(key, "Stage " + key, 20, "open", 14);
    }

    private static final StageRequest WON = new StageRequest("won", "Won", 100, "won", null);
    private static final StageRequest LOST = new StageRequest("lost", "Lost", 0, "lost", null);

    private static List<FieldError> check(StageRequest... stages) {
        return PipelineRules.check(new PipelineRequest(null, "Renewals", "warn", List.of(stages)));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void openStagesThenAWonAndALostStageMakeAPipeline() {
        assertThat(check(open("lead"), open("demo"), WON, LOST)).isEmpty();
        assertThat(check(open("lead"), LOST, WON)).isEmpty();
        assertThat(check(open("lead"), new StageRequest("won", "Won", 100, null, null), LOST)).isNotEmpty();
    }

    @Test
    void aStageWithoutAnOutcomeIsOpen() {
        assertThat(check(new StageRequest("lead", "Lead", 5, null, null), WON, LOST)).isEmpty();
    }

    @Test
    void stageKeysAreSlugLikeAndUniqueAndTheErrorNamesTheStage() {
        List<FieldError> errors = check(open("lead"), open("Demo Call"), open("lead"), open(""), WON, LOST);
        assertThat(fields(errors)).containsExactly("stages[1].key", "stages[2].key", "stages[3].key");
        assertThat(errors.get(1).message()).contains("Stage 1 has the key 'lead' already");
        assertThat(check(open("a".repeat(61)), WON, LOST)).extracting(FieldError::field).containsExactly("stages[0].key");
        assertThat(check(open("2027-q1_deals"), WON, LOST)).isEmpty();
    }

    @Test
    void aPipelineNeedsAnOpenAWonAndALostStage() {
        assertThat(check(WON, LOST)).extracting(FieldError::message).singleElement().asString().contains("open stage");
        assertThat(check(open("lead"), LOST)).extracting(FieldError::message).singleElement().asString().contains("won stage");
        assertThat(check(open("lead"), WON)).extracting(FieldError::message).singleElement().asString().contains("lost stage");
        assertThat(PipelineRules.check(new PipelineRequest(null, "Empty", "warn", List.of()))).extracting(FieldError::field)
                .containsExactly("stages");
        assertThat(PipelineRules.check(new PipelineRequest(null, "Empty", "warn", null))).extracting(FieldError::field)
                .containsExactly("stages");
    }

    @Test
    void wonAndLostStagesComeLast() {
        assertThat(fields(check(open("lead"), WON, open("late"), LOST))).containsExactly("stages[2].outcome");
    }

    @Test
    void probabilitiesStallDaysAndOutcomesAreChecked() {
        List<FieldError> errors = check(new StageRequest("lead", " ", 101, "maybe", 0), new StageRequest("demo", "Demo", null, "open", -3),
                WON, LOST);
        assertThat(fields(errors)).containsExactly("stages[0].name", "stages[0].winProbability", "stages[0].stallDays",
                "stages[0].outcome", "stages[1].winProbability", "stages[1].stallDays");
    }

    @Test
    void thePipelineNeedsANameAnExitRuleAndAKeyWithALetter() {
        List<FieldError> errors = PipelineRules.check(new PipelineRequest("2027", "", "sometimes", List.of(open("lead"), WON, LOST)));
        assertThat(fields(errors)).containsExactly("name", "key", "exitRule");
        assertThat(PipelineRules.check(new PipelineRequest("emea-2027", "EMEA", "refuse", List.of(open("lead"), WON, LOST))))
                .isEmpty();
    }

    @Test
    void atMostThirtyStages() {
        List<StageRequest> stages = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            stages.add(open("s" + i));
        }
        stages.add(WON);
        stages.add(LOST);
        assertThat(fields(PipelineRules.check(new PipelineRequest(null, "Long", "warn", stages)))).containsExactly("stages");
    }

    @Test
    void removingAStageWithDealsIsRefusedSayingHowMany() {
        List<CurrentStage> now = List.of(new CurrentStage("lead", "Lead", null, 0), new CurrentStage("demo", "Demo", null, 3),
                new CurrentStage("trial", "Trial", null, 1), new CurrentStage("won", "Won", "won", 0), new CurrentStage("lost", "Lost", "lost", 0));
        List<FieldError> errors = PipelineRules.checkDeals(now, List.of(open("lead"), WON, LOST));
        assertThat(errors).extracting(FieldError::message).containsExactly(
                "3 deals are still in Demo (demo); move them to another stage before removing it.",
                "1 deal is still in Trial (trial); move them to another stage before removing it.");
        assertThat(errors).extracting(FieldError::field).containsOnly("stages");
    }

    @Test
    void emptyStagesMayBeRemovedRenamedOrReordered() {
        List<CurrentStage> now = List.of(new CurrentStage("lead", "Lead", null, 2), new CurrentStage("demo", "Demo", null, 0),
                new CurrentStage("won", "Won", "won", 4), new CurrentStage("lost", "Lost", "lost", 0));
        assertThat(PipelineRules.checkDeals(now, List.of(new StageRequest("lead", "Qualified lead", 12, "open", null), WON,
                new StageRequest("lost", "Lost", 0, "won", null)))).isEmpty();
    }

    @Test
    void aStageWithDealsKeepsWhetherItIsOpenWonOrLost() {
        List<CurrentStage> now = List.of(new CurrentStage("lead", "Lead", null, 2), new CurrentStage("won", "Won", "won", 4),
                new CurrentStage("lost", "Lost", "lost", 0));
        assertThat(PipelineRules.checkDeals(now, List.of(open("new"), new StageRequest("lead", "Lead", 100, "won", null),
                new StageRequest("won", "Won", 0, "lost", null), LOST)))
                .extracting(FieldError::field).containsExactly("stages[1].outcome", "stages[2].outcome");
    }

    @Test
    void keysAreMadeFromNames() {
        assertThat(PipelineRules.keyFor("Renewals (EMEA)")).isEqualTo("renewals-emea");
        assertThat(PipelineRules.keyFor("Übernahme & Co")).isEqualTo("ubernahme-co");
        assertThat(PipelineRules.keyFor("2027")).isEqualTo("pipeline-2027");
        assertThat(PipelineRules.keyFor("  ")).isEqualTo("pipeline");
        assertThat(PipelineRules.keyFor("x".repeat(80))).hasSize(60);
    }
}

package dev.goose.kpi.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.kpi.ScriptEffectiveness;
import dev.goose.kpi.ScriptEntry;
import dev.goose.kpi.VersionConversion;

@Tag("unit")
class ScriptEntriesTest {

    private static final List<String> PIPELINE = List.of("lead", "demo", "proposal", "won");
    private static final Instant DAY_ZERO = Instant.parse("2027-03-01T09:00:00Z");

    private final List<ChangeRow> changes = new ArrayList<>();

    private ScriptEntriesTest move(String deal, String from, String to, int day, String entered, String shown) {
        changes.add(new ChangeRow(deal, from, to, DAY_ZERO.plus(Duration.ofDays(day)), entered, shown));
        return this;
    }

    private List<ScriptEntry> demoEntries() {
        return ScriptEntries.of(PIPELINE, "demo", changes);
    }

    @Test
    void theVersionIsTheOneKeptOnTheEntryAndAdvancingMeansReachingAnyLaterStage() {
        move("d1", null, "lead", 0, "", "").move("d1", "lead", "demo", 1, "demo@1", "").move("d1", "demo", "won", 5, "", "demo@2");
        move("d2", null, "lead", 0, "", "").move("d2", "lead", "demo", 2, "demo@2", "").move("d2", "demo", "lost", 3, "", "demo@2");

        assertThat(demoEntries()).containsExactly(new ScriptEntry("d1", "demo@1", true), new ScriptEntry("d2", "demo@2", false));
    }

    @Test
    void olderEntriesFallBackOnTheGuidesShownWhenTheDealLeftTheStage() {
        move("d1", null, "lead", 0, null, "lead@1").move("d1", "lead", "demo", 1, null, "lead@1")
                .move("d1", "demo", "proposal", 4, null, "demo@3");

        assertThat(demoEntries()).containsExactly(new ScriptEntry("d1", "demo@3", true));
    }

    @Test
    void anOlderDealCreatedInTheStageTakesTheGuidesItsFirstChangeNamed() {
        move("d1", null, "demo", 0, null, "demo@1").move("d1", "demo", "proposal", 4, null, "demo@2");

        assertThat(demoEntries()).containsExactly(new ScriptEntry("d1", "demo@1", true));
    }

    @Test
    void anOlderEntryStillInTheStageHasNoScript() {
        move("d1", null, "lead", 0, null, "lead@1").move("d1", "lead", "demo", 1, null, "lead@1");

        assertThat(demoEntries()).containsExactly(new ScriptEntry("d1", null, false));
        assertThat(ScriptEffectiveness.of(demoEntries())).extracting(VersionConversion::version)
                .containsExactly(ScriptEffectiveness.NO_SCRIPT);
    }

    @Test
    void eachReEntryCountsUnderItsOwnVersionAndOnlyMovesAfterItCountAsAdvancing() {
        move("d1", null, "demo", 0, "demo@1", "demo@1").move("d1", "demo", "lead", 2, "", "demo@1")
                .move("d1", "lead", "demo", 3, "demo@2", "").move("d1", "demo", "proposal", 6, "", "demo@2");
        move("d2", null, "proposal", 0, "", "").move("d2", "proposal", "demo", 1, "demo@2", "");

        assertThat(demoEntries()).containsExactly(new ScriptEntry("d1", "demo@1", false), new ScriptEntry("d1", "demo@2", true),
                new ScriptEntry("d2", "demo@2", false));
    }

    @Test
    void changesAreReadInTheOrderTheyHappenedWhateverOrderTheyCameIn() {
        move("d1", "lead", "demo", 1, "demo@1", "").move("d1", "demo", "won", 3, "", "demo@1").move("d1", null, "lead", 0, "", "");

        assertThat(demoEntries()).containsExactly(new ScriptEntry("d1", "demo@1", true));
    }

    @Test
    void aStageOutsideThePipelineIsRefused() {
        assertThatThrownBy(() -> ScriptEntries.of(PIPELINE, "lost", changes)).isInstanceOf(IllegalArgumentException.class);
    }
}

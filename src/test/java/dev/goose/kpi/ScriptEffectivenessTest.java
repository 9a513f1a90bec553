package dev.goose.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ScriptEffectivenessTest {

    private static ScriptEntry advanced(String deal, String version) {
        return new ScriptEntry(deal, version, true);
    }

    private static ScriptEntry stalled(String deal, String version) {
        return new ScriptEntry(deal, version, false);
    }

    @Test
    void conversionIsSplitByTheVersionCurrentWhenTheDealEnteredTheStage() {
        List<VersionConversion> split = ScriptEffectiveness.of(List.of(
                advanced("d1", "sales/stages@2"), stalled("d2", "sales/stages@2"), stalled("d3", "sales/stages@2"),
                advanced("d4", "sales/stages@3"), advanced("d5", "sales/stages@3"), stalled("d6", "sales/stages@3"),
                advanced("d7", "sales/stages@3")));

        assertThat(split).extracting(VersionConversion::version).containsExactly("sales/stages@2", "sales/stages@3");
        assertThat(split).extracting(VersionConversion::entered).containsExactly(3, 4);
        assertThat(split).extracting(VersionConversion::advanced).containsExactly(1, 3);
        assertThat(split).extracting(VersionConversion::conversionDisplay).containsExactly("33%", "75%");
        assertThat(split.get(1).conversion().value()).contains(new BigDecimal("0.75"));
    }

    @Test
    void versionsAreOrderedByNumberNotByText() {
        List<VersionConversion> split = ScriptEffectiveness.of(List.of(
                stalled("d1", "sales/stages@10"), stalled("d2", "sales/stages@9"), stalled("d3", null)));
        assertThat(split).extracting(VersionConversion::version)
                .containsExactly("sales/stages@9", "sales/stages@10", "no script");
    }

    @Test
    void aDealCountsOncePerVersionAndAdvancedIfAnyEntryAdvanced() {
        List<VersionConversion> split = ScriptEffectiveness.of(List.of(
                stalled("d1", "sales/stages@4"), advanced("d1", "sales/stages@4"), stalled("d2", "sales/stages@4")));
        assertThat(split).singleElement().satisfies(v -> {
            assertThat(v.entered()).isEqualTo(2);
            assertThat(v.advanced()).isEqualTo(1);
        });
    }

    @Test
    void noEntriesGiveNoVersions() {
        assertThat(ScriptEffectiveness.of(List.of())).isEmpty();
    }

    @Test
    void aVersionWhoseDealsAllStalledShowsZeroPercent() {
        assertThat(ScriptEffectiveness.of(List.of(stalled("d1", "sales/stages@1"))))
                .extracting(VersionConversion::conversionDisplay).containsExactly("0%");
    }
}

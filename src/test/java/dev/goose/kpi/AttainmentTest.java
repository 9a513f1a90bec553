package dev.goose.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AttainmentTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void attainmentIsActualOverTarget() {
        Attainment calls = new Attainment(dec("30"), dec("40"));
        assertThat(calls.ratio()).contains(dec("0.75"));
        assertThat(calls.display()).isEqualTo("75%");
    }

    @Test
    void theRatioIsKeptExactAndOnlyTheDisplayIsRounded() {
        Attainment revenue = new Attainment(dec("12345.67"), dec("20000"));
        assertThat(revenue.ratio()).contains(dec("0.6172835"));
        assertThat(revenue.display()).isEqualTo("62%");

        Attainment third = new Attainment(dec("1"), dec("3"));
        assertThat(third.ratio()).contains(dec("0.3333333333333333"));
        assertThat(third.display()).isEqualTo("33%");
        assertThat(new Attainment(dec("2"), dec("3")).display()).as("half up").isEqualTo("67%");
    }

    @Test
    void overachievingGoesPastAHundredPercent() {
        assertThat(new Attainment(dec("55"), dec("40")).display()).isEqualTo("138%");
    }

    @Test
    void aZeroOrMissingTargetIsNoTargetRatherThanAnError() {
        Attainment zero = new Attainment(dec("12"), BigDecimal.ZERO);
        assertThat(zero.hasTarget()).isFalse();
        assertThat(zero.ratio()).isEmpty();
        assertThat(zero.display()).isEqualTo("no target");

        Attainment missing = new Attainment(dec("12"), null);
        assertThat(missing.ratio()).isEmpty();
        assertThat(missing.display()).isEqualTo("no target");
    }

    @Test
    void aNegativeTargetIsRefused() {
        assertThatThrownBy(() -> new Attainment(dec("1"), dec("-5"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRatioWithNothingToDivideByShowsTheWordsGiven() {
        assertThat(Ratio.of(0, 0).value()).isEmpty();
        assertThat(Ratio.of(0, 0).percentOr("no deals")).isEqualTo("no deals");
        assertThat(Ratio.of(3, 8).value()).contains(dec("0.375"));
        assertThat(Ratio.of(3, 8).percentOr("no deals")).isEqualTo("38%");
    }
}

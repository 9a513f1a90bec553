package dev.goose.kpi.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RampStepsTest {

    private static List<BigDecimal> percents(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void stepsAreReadFromCommasSpacesAndPercentSigns() {
        assertThat(RampSteps.parse("25, 50 75%,100")).isEqualTo(percents("25", "50", "75", "100"));
        assertThat(RampSteps.parse("  ")).isEmpty();
        assertThat(RampSteps.parse(null)).isEmpty();
    }

    @Test
    void aWordIsNotAStep() {
        assertThatThrownBy(() -> RampSteps.parse("25, half")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void stepsAreStoredWithoutSpacesOrTrailingZeros() {
        assertThat(RampSteps.format(percents("25.0", "50", "75.50", "100"))).isEqualTo("25,50,75.5,100");
        assertThat(RampSteps.format(List.of())).isNull();
    }

    @Test
    void eachStepIsAPercentFromZeroToAHundred() {
        assertThat(RampSteps.problem(percents("0", "50", "100"))).isEmpty();
        assertThat(RampSteps.problem(percents("25", "101"))).contains("Each step is a percent from 0 to 100, such as 25, 50, 75, 100.");
        assertThat(RampSteps.problem(percents("-5"))).isPresent();
        assertThat(RampSteps.problem(percents("33.333"))).contains("Use at most two decimals in a step.");
    }

    @Test
    void aRampHasAtMostTwoYearsOfSteps() {
        assertThat(RampSteps.problem(Collections.nCopies(24, BigDecimal.TEN))).isEmpty();
        assertThat(RampSteps.problem(Collections.nCopies(25, BigDecimal.TEN))).contains("Use at most 24 monthly steps.");
    }
}

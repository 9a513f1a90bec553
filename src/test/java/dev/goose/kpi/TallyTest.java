package dev.goose.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TallyTest {

    @Test
    void aCumulativeKpiIsItsSumAndZeroWhenNothingWasLogged() {
        assertThat(Tally.of(new BigDecimal("12"), 5).value(Accrual.CUMULATIVE)).contains(new BigDecimal("12"));
        assertThat(Tally.EMPTY.value(Accrual.CUMULATIVE)).contains(BigDecimal.ZERO);
    }

    @Test
    void aLevelKpiWithNothingToAverageHasNoValue() {
        assertThat(Tally.EMPTY.value(Accrual.LEVEL)).isEmpty();
    }

    @Test
    void aTeamsWinRateIsItsWonOverItsClosedNotTheAverageOfItsRepsRates() {
        // Ann won 1 of 1 (100%), Bob 1 of 3 (33%): the team won 2 of 4, 50%, not 66.5%.
        Tally team = Tally.rate(1, 1).plus(Tally.rate(1, 3));
        assertThat(team.value(Accrual.LEVEL)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
    }

    @Test
    void anAverageIsKeptExactUntilItIsShown() {
        Tally cycle = Tally.of(new BigDecimal("10"), 3);
        assertThat(cycle.value(Accrual.LEVEL)).hasValueSatisfying(v -> assertThat(v.toPlainString()).startsWith("3.333333333333333"));
    }
}

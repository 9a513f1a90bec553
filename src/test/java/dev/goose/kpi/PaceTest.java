package dev.goose.kpi;

import static dev.goose.kpi.Accrual.CUMULATIVE;
import static dev.goose.kpi.Accrual.LEVEL;
import static dev.goose.kpi.Direction.HIGHER_IS_BETTER;
import static dev.goose.kpi.Direction.LOWER_IS_BETTER;
import static dev.goose.kpi.PaceStatus.AHEAD;
import static dev.goose.kpi.PaceStatus.BEHIND;
import static dev.goose.kpi.PaceStatus.NO_TARGET;
import static dev.goose.kpi.PaceStatus.ON_PACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PaceTest {

    private static final PaceRule CALLS = PaceRule.of(HIGHER_IS_BETTER, CUMULATIVE);
    private static final PaceRule CYCLE_DAYS = PaceRule.of(LOWER_IS_BETTER, LEVEL);
    private static final PaceRule LOST_DEALS = PaceRule.of(LOWER_IS_BETTER, CUMULATIVE);

    /** Monday 1 to Sunday 7 March 2027. */
    private static final Period WEEK = Period.containing(PeriodKind.WEEK, LocalDate.of(2027, 3, 1));
    /** 1 to 30 April 2027. */
    private static final Period APRIL = Period.containing(PeriodKind.MONTH, LocalDate.of(2027, 4, 1));

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2027, 3, day);
    }

    private static LocalDate april(int day) {
        return LocalDate.of(2027, 4, day);
    }

    @Test
    void theExpectedValueIsTheTargetTimesTheElapsedShareWithTodayIncluded() {
        Pace midMonth = Pace.of(CALLS, dec("60"), dec("120"), APRIL, april(15));
        assertThat(midMonth.expected()).as("120 x 15/30").contains(dec("60"));
        assertThat(midMonth.status()).isEqualTo(ON_PACE);

        Pace firstDay = Pace.of(CALLS, BigDecimal.ZERO, dec("120"), APRIL, april(1));
        assertThat(firstDay.expected()).as("one day's share is due by tonight").contains(dec("4"));
        assertThat(firstDay.status()).isEqualTo(BEHIND);

        Pace lastDay = Pace.of(CALLS, dec("120"), dec("120"), APRIL, april(30));
        assertThat(lastDay.expected()).contains(dec("120"));
    }

    @Test
    void anExpectedValueWithoutAnExactDecimalIsComparedExactly() {
        // 10 calls a week, Wednesday: 30/7 = 4.2857... expected; the band is 4.07 to 4.50.
        assertThat(Pace.of(CALLS, dec("4"), dec("10"), WEEK, march(3)).status()).isEqualTo(BEHIND);
        assertThat(Pace.of(CALLS, dec("4.5"), dec("10"), WEEK, march(3)).status())
                .as("4.5 x 7 = 31.5 is exactly the upper edge").isEqualTo(ON_PACE);
        assertThat(Pace.of(CALLS, dec("5"), dec("10"), WEEK, march(3)).status()).isEqualTo(AHEAD);
        assertThat(Pace.of(CALLS, dec("4"), dec("10"), WEEK, march(3)).expected())
                .contains(dec("4.285714285714286"));
    }

    @Test
    void withinFivePercentOfExpectedEitherWayIsOnPace() {
        // Expected 60 on 15 April: 57 to 63 is on pace.
        assertThat(Pace.of(CALLS, dec("57"), dec("120"), APRIL, april(15)).status()).isEqualTo(ON_PACE);
        assertThat(Pace.of(CALLS, dec("56.99"), dec("120"), APRIL, april(15)).status()).isEqualTo(BEHIND);
        assertThat(Pace.of(CALLS, dec("63"), dec("120"), APRIL, april(15)).status()).isEqualTo(ON_PACE);
        assertThat(Pace.of(CALLS, dec("63.01"), dec("120"), APRIL, april(15)).status()).isEqualTo(AHEAD);
    }

    @Test
    void theToleranceCanBeSetPerKpi() {
        PaceRule strict = new PaceRule(HIGHER_IS_BETTER, CUMULATIVE, BigDecimal.ZERO);
        assertThat(Pace.of(strict, dec("59"), dec("120"), APRIL, april(15)).status()).isEqualTo(BEHIND);
        assertThat(Pace.of(strict, dec("60"), dec("120"), APRIL, april(15)).status()).isEqualTo(ON_PACE);
        assertThatThrownBy(() -> new PaceRule(HIGHER_IS_BETTER, CUMULATIVE, dec("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLevelKpiExpectsTheWholeTargetAllPeriod() {
        Pace early = Pace.of(CYCLE_DAYS, dec("30"), dec("30"), APRIL, april(2));
        assertThat(early.expected()).contains(dec("30"));
        assertThat(early.status()).isEqualTo(ON_PACE);
    }

    @Test
    void forALowerIsBetterKpiBeingAboveTheTargetIsBehind() {
        assertThat(Pace.of(CYCLE_DAYS, dec("35"), dec("30"), APRIL, april(10)).status()).isEqualTo(BEHIND);
        assertThat(Pace.of(CYCLE_DAYS, dec("24"), dec("30"), APRIL, april(10)).status()).isEqualTo(AHEAD);
        assertThat(Pace.of(CYCLE_DAYS, dec("31.5"), dec("30"), APRIL, april(10)).status())
                .as("5% over is still on pace").isEqualTo(ON_PACE);
    }

    @Test
    void aCumulativeLowerIsBetterKpiIsJudgedAgainstItsAllowanceSoFar() {
        // At most 6 lost deals in April; by the 10th, 2 are allowed.
        assertThat(Pace.of(LOST_DEALS, dec("4"), dec("6"), APRIL, april(10)).status()).isEqualTo(BEHIND);
        assertThat(Pace.of(LOST_DEALS, dec("1"), dec("6"), APRIL, april(10)).status()).isEqualTo(AHEAD);
    }

    @Test
    void withoutATargetThereIsNoPaceToKeep() {
        Pace zero = Pace.of(CALLS, dec("12"), BigDecimal.ZERO, APRIL, april(15));
        assertThat(zero.status()).isEqualTo(NO_TARGET);
        assertThat(zero.expected()).isEmpty();
        assertThat(Pace.of(CALLS, dec("12"), null, APRIL, april(15)).status()).isEqualTo(NO_TARGET);
    }

    @Test
    void beforeThePeriodNothingIsExpectedAndAfterItEverything() {
        assertThat(Pace.of(CALLS, BigDecimal.ZERO, dec("120"), APRIL, march(31)).status()).isEqualTo(ON_PACE);
        assertThat(Pace.of(CALLS, dec("3"), dec("120"), APRIL, march(31)).status()).isEqualTo(AHEAD);
        Pace after = Pace.of(CALLS, dec("100"), dec("120"), APRIL, LocalDate.of(2027, 5, 3));
        assertThat(after.expected()).contains(dec("120"));
        assertThat(after.status()).isEqualTo(BEHIND);
    }
}

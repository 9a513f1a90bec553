package dev.goose.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RampTest {

    /** Hired on 15 March 2027: month one to 14 April, two to 14 May, three to 14 June. */
    private static final Ramp NEW_HIRE = Ramp.of(LocalDate.of(2027, 3, 15), 25, 50, 75, 100);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Period month(String isoDate) {
        return Period.containing(PeriodKind.MONTH, date(isoDate));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void eachRampMonthRunsFromTheStartDateToTheSameDateNextMonth() {
        assertThat(NEW_HIRE.percentOn(date("2027-03-14"))).as("before the start").isEqualTo("0");
        assertThat(NEW_HIRE.percentOn(date("2027-03-15"))).isEqualTo("25");
        assertThat(NEW_HIRE.percentOn(date("2027-04-14"))).isEqualTo("25");
        assertThat(NEW_HIRE.percentOn(date("2027-04-15"))).isEqualTo("50");
        assertThat(NEW_HIRE.percentOn(date("2027-06-14"))).isEqualTo("75");
        assertThat(NEW_HIRE.percentOn(date("2027-06-15"))).isEqualTo("100");
        assertThat(NEW_HIRE.percentOn(date("2028-01-01"))).as("after the last step").isEqualTo("100");
    }

    @Test
    void aPeriodInsideOneRampMonthTakesThatMonthsPercent() {
        Period week = Period.containing(PeriodKind.WEEK, date("2027-03-22"));
        assertThat(NEW_HIRE.factor(week)).isEqualByComparingTo("0.25");
        assertThat(NEW_HIRE.target(dec("40"), week)).isEqualByComparingTo("10");
    }

    @Test
    void aPeriodAcrossARampStepIsWeightedByDays() {
        // April: 1-14 at 25% and 15-30 at 50%, (14 x 25 + 16 x 50) / 30 = 38.33%.
        assertThat(NEW_HIRE.factor(month("2027-04-01"))).isEqualByComparingTo("0.3833333333333333");
        assertThat(NEW_HIRE.target(dec("120"), month("2027-04-01"))).as("120 x 1150 / 3000").isEqualByComparingTo("46");

        // The week of 12 April: three days at 25%, four at 50%.
        Period week = Period.containing(PeriodKind.WEEK, date("2027-04-12"));
        assertThat(NEW_HIRE.target(dec("70"), week)).as("70 x 275 / 700").isEqualByComparingTo("27.5");
    }

    @Test
    void theDaysBeforeTheStartCountAtZero() {
        // March: 14 days before the start, then 17 days at 25%.
        assertThat(NEW_HIRE.target(dec("124"), month("2027-03-01"))).as("124 x 425 / 3100").isEqualByComparingTo("17");
        assertThat(NEW_HIRE.target(dec("120"), month("2027-02-01"))).isEqualByComparingTo("0");
    }

    @Test
    void aQuarterAveragesAllItsSteps() {
        // Q2: April 1-14 at 25 (14), to 14 May at 50 (30), to 14 June at 75 (31), then 100 (16), 91 days.
        Period q2 = Period.containing(PeriodKind.QUARTER, date("2027-05-01"));
        BigDecimal percentDays = dec("350").add(dec("1500")).add(dec("2325")).add(dec("1600"));
        assertThat(NEW_HIRE.target(dec("910"), q2)).isEqualByComparingTo(percentDays.divide(dec("10")));
    }

    @Test
    void afterTheRampTheFullTargetApplies() {
        assertThat(NEW_HIRE.factor(month("2027-07-01"))).isEqualByComparingTo("1");
        assertThat(NEW_HIRE.target(dec("120"), month("2027-07-01"))).isEqualByComparingTo("120");
    }

    @Test
    void aMonthEndStartClampsToShorterMonths() {
        Ramp lastOfJanuary = Ramp.of(date("2027-01-31"), 50);
        assertThat(lastOfJanuary.percentOn(date("2027-02-27"))).isEqualTo("50");
        assertThat(lastOfJanuary.percentOn(date("2027-02-28"))).as("31 Jan plus a month is 28 Feb").isEqualTo("100");
    }

    @Test
    void aStepOutsideZeroToAHundredIsRefused() {
        assertThatThrownBy(() -> Ramp.of(date("2027-01-01"), 25, 120)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ramp.of(date("2027-01-01"), -5)).isInstanceOf(IllegalArgumentException.class);
    }
}

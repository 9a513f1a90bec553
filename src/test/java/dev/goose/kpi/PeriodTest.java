package dev.goose.kpi;

import static dev.goose.kpi.PeriodKind.MONTH;
import static dev.goose.kpi.PeriodKind.QUARTER;
import static dev.goose.kpi.PeriodKind.WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PeriodTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aWeekRunsFromMondayToSunday() {
        Period week = Period.containing(WEEK, date("2027-03-04"));
        assertThat(week.start()).as("a Thursday's week starts on Monday").isEqualTo("2027-03-01");
        assertThat(week.end()).isEqualTo("2027-03-07");
        assertThat(week.days()).isEqualTo(7);
        assertThat(Period.containing(WEEK, date("2027-03-07"))).as("Sunday ends it").isEqualTo(week);
        assertThat(Period.containing(WEEK, date("2027-03-01"))).as("Monday starts it").isEqualTo(week);
    }

    @Test
    void aWeekCanSpanTheTurnOfTheYear() {
        Period week = Period.containing(WEEK, date("2027-01-01"));
        assertThat(week.start()).isEqualTo("2026-12-28");
        assertThat(week.end()).isEqualTo("2027-01-03");
    }

    @Test
    void monthsHaveTheirOwnLengths() {
        assertThat(Period.containing(MONTH, date("2027-02-14")).days()).isEqualTo(28);
        assertThat(Period.containing(MONTH, date("2028-02-14")).days()).as("a leap year").isEqualTo(29);
        Period march = Period.containing(MONTH, date("2027-03-31"));
        assertThat(march.start()).isEqualTo("2027-03-01");
        assertThat(march.end()).isEqualTo("2027-03-31");
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        Period q2 = Period.containing(QUARTER, date("2027-05-20"));
        assertThat(q2.start()).isEqualTo("2027-04-01");
        assertThat(q2.end()).isEqualTo("2027-06-30");
        assertThat(q2.days()).isEqualTo(91);
        Period q4 = Period.containing(QUARTER, date("2027-12-31"));
        assertThat(q4.start()).isEqualTo("2027-10-01");
        assertThat(q4.days()).isEqualTo(92);
        assertThat(Period.containing(QUARTER, date("2027-01-01")).days()).isEqualTo(90);
    }

    @Test
    void theNextPeriodFollowsWithoutGap() {
        assertThat(Period.containing(QUARTER, date("2027-11-02")).next().start()).isEqualTo("2028-01-01");
        assertThat(Period.containing(MONTH, date("2027-01-31")).next().end()).isEqualTo("2027-02-28");
        assertThat(Period.containing(WEEK, date("2027-03-04")).next().start()).isEqualTo("2027-03-08");
    }

    @Test
    void anInstantBelongsToThePeriodOfTheTeamsCalendar() {
        Instant mondayInUtc = Instant.parse("2027-03-08T03:00:00Z");
        assertThat(Period.containing(WEEK, mondayInUtc, CHICAGO).start())
                .as("still Sunday evening in Chicago").isEqualTo("2027-03-01");
        assertThat(Period.containing(WEEK, mondayInUtc, TOKYO).start())
                .as("already Monday noon in Tokyo").isEqualTo("2027-03-08");

        Instant newYearInUtc = Instant.parse("2027-12-31T20:00:00Z");
        assertThat(Period.containing(QUARTER, newYearInUtc, TOKYO).start()).isEqualTo("2028-01-01");
        assertThat(Period.containing(QUARTER, newYearInUtc, CHICAGO).start()).isEqualTo("2027-10-01");
    }

    @Test
    void todayCountsAsElapsed() {
        Period week = Period.containing(WEEK, date("2027-03-01"));
        assertThat(week.elapsedDays(date("2027-03-01"))).as("Monday").isEqualTo(1);
        assertThat(week.elapsedDays(date("2027-03-03"))).as("Wednesday").isEqualTo(3);
        assertThat(week.elapsedDays(date("2027-03-07"))).as("Sunday").isEqualTo(7);
    }

    @Test
    void nothingHasElapsedBeforeThePeriodAndAllOfItAfter() {
        Period march = Period.containing(MONTH, date("2027-03-10"));
        assertThat(march.elapsedDays(date("2027-02-28"))).isZero();
        assertThat(march.elapsedDays(date("2027-04-15"))).isEqualTo(31);
    }

    @Test
    void elapsedDaysAtAnInstantFollowTheTeamsZone() {
        Period week = Period.containing(WEEK, date("2027-03-01"));
        Instant wednesdayNightUtc = Instant.parse("2027-03-03T23:30:00Z");
        assertThat(week.elapsedDays(wednesdayNightUtc, CHICAGO)).isEqualTo(3);
        assertThat(week.elapsedDays(wednesdayNightUtc, TOKYO)).as("Thursday in Tokyo").isEqualTo(4);
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Period(WEEK, date("2027-03-07"), date("2027-03-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.containing(MONTH, date("2027-03-10")).contains(date("2027-03-31"))).isTrue();
        assertThat(Period.containing(MONTH, date("2027-03-10")).contains(date("2027-04-01"))).isFalse();
    }
}

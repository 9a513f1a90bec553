package dev.goose.onboarding;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.onboarding.WorkingWeek.Counting;
import dev.goose.playbook.markdown.ChecklistItem;

@Tag("unit")
class DueDatesTest {

    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    private static ChecklistItem day(int day) {
        return new ChecklistItem("item", "Item", "", day - 1, null, false, 1);
    }

    private static ChecklistItem on(LocalDate date) {
        return new ChecklistItem("item", "Item", "", null, date, false, 1);
    }

    private static LocalDate due(ChecklistItem item, LocalDate start, WorkingWeek week) {
        return DueDates.byRule(item, start, week).orElseThrow();
    }

    @Test
    void calendarDaysCountFromTheStartAndDayOneIsTheStart() {
        WorkingWeek week = WorkingWeek.calendarDays();
        assertThat(due(day(1), START, week)).isEqualTo("2027-03-01");
        assertThat(due(day(3), START, week)).isEqualTo("2027-03-03");
        assertThat(due(day(30), START, week)).isEqualTo("2027-03-30");
    }

    @Test
    void aCalendarDueDateOnAWeekendMovesToTheNextMonday() {
        WorkingWeek week = WorkingWeek.calendarDays();
        assertThat(due(day(6), START, week)).as("day 6 is a Saturday").isEqualTo("2027-03-08");
        assertThat(due(day(7), START, week)).as("week 1 is a Sunday").isEqualTo("2027-03-08");
        assertThat(due(day(14), START, week)).as("week 2 is a Sunday").isEqualTo("2027-03-15");
    }

    @Test
    void workingDaysSkipTheWeekend() {
        WorkingWeek week = WorkingWeek.workingDays();
        assertThat(due(day(1), START, week)).isEqualTo("2027-03-01");
        assertThat(due(day(5), START, week)).as("the first Friday").isEqualTo("2027-03-05");
        assertThat(due(day(6), START, week)).as("the next Monday").isEqualTo("2027-03-08");
        assertThat(due(day(7), START, week)).as("week 1 is seven working days").isEqualTo("2027-03-09");
        assertThat(due(day(30), START, week)).as("six working weeks").isEqualTo("2027-04-09");
    }

    @Test
    void aStartOnASaturdayMakesMondayDayOne() {
        LocalDate saturday = LocalDate.of(2027, 3, 6);
        assertThat(due(day(1), saturday, WorkingWeek.workingDays())).isEqualTo("2027-03-08");
        assertThat(due(day(2), saturday, WorkingWeek.workingDays())).isEqualTo("2027-03-09");
        assertThat(due(day(1), saturday, WorkingWeek.calendarDays())).isEqualTo("2027-03-08");
        assertThat(due(day(3), saturday, WorkingWeek.calendarDays())).as("the Monday itself").isEqualTo("2027-03-08");
    }

    @Test
    void theDaysOffAreConfigurable() {
        WorkingWeek fridayAndSaturdayOff = new WorkingWeek(Counting.CALENDAR_DAYS, EnumSet.of(FRIDAY, SATURDAY));
        assertThat(due(day(5), START, fridayAndSaturdayOff)).as("Friday moves to Sunday").isEqualTo("2027-03-07");
        assertThat(due(day(7), START, fridayAndSaturdayOff)).as("Sunday is worked").isEqualTo("2027-03-07");

        WorkingWeek everyDay = new WorkingWeek(Counting.WORKING_DAYS, Set.of());
        assertThat(due(day(6), START, everyDay)).as("a Saturday stays").isEqualTo("2027-03-06");
    }

    @Test
    void aWeekWithoutAnyWorkingDayIsRefused() {
        assertThatThrownBy(() -> new WorkingWeek(Counting.CALENDAR_DAYS, EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countingWorkingDaysByWholeWeeksAgreesWithWalkingDayByDay() {
        for (Set<DayOfWeek> off : java.util.List.of(Set.of(SATURDAY, DayOfWeek.SUNDAY), Set.of(FRIDAY, SATURDAY),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, FRIDAY), Set.<DayOfWeek>of())) {
            WorkingWeek week = new WorkingWeek(Counting.WORKING_DAYS, off);
            for (int startShift = 0; startShift < 7; startShift++) {
                LocalDate start = START.plusDays(startShift);
                for (int offset = 0; offset < 60; offset++) {
                    assertThat(week.dateAfter(start, offset)).as("%s off, start %s, offset %d", off, start, offset)
                            .isEqualTo(walk(week, start, offset));
                }
            }
        }
    }

    private static LocalDate walk(WorkingWeek week, LocalDate start, int offset) {
        LocalDate day = start.minusDays(1);
        for (int counted = -1; counted < offset;) {
            day = day.plusDays(1);
            if (week.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Test
    void aDateWrittenInThePlaybookIsTakenAsWrittenEvenOnASunday() {
        LocalDate sunday = LocalDate.of(2027, 3, 14);
        assertThat(due(on(sunday), START, WorkingWeek.calendarDays())).isEqualTo(sunday);
        assertThat(due(on(sunday), START, WorkingWeek.workingDays())).isEqualTo(sunday);
    }

    @Test
    void aManagersOverrideWinsOverTheRule() {
        LocalDate moved = LocalDate.of(2027, 4, 1);
        assertThat(DueDates.of(day(3), START, WorkingWeek.calendarDays(), moved)).contains(moved);
        assertThat(DueDates.of(on(LocalDate.of(2027, 3, 2)), START, WorkingWeek.calendarDays(), moved)).contains(moved);
        assertThat(DueDates.of(day(3), START, WorkingWeek.calendarDays(), null)).contains(LocalDate.of(2027, 3, 3));
    }

    @Test
    void anItemWithoutARuleHasNoDueDateUnlessAManagerGivesItOne() {
        ChecklistItem undated = new ChecklistItem("item", "Item", "", null, null, false, 1);
        assertThat(DueDates.of(undated, START, WorkingWeek.calendarDays(), null)).isEmpty();
        assertThat(DueDates.of(undated, START, WorkingWeek.calendarDays(), START)).contains(START);
    }
}

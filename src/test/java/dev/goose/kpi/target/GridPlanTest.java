package dev.goose.kpi.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.target.GridPlan.Covering;

@Tag("unit")
class GridPlanTest {

    private static final Period MARCH = Period.containing(PeriodKind.MONTH, LocalDate.parse("2025-03-01"));

    private static Optional<Covering> covering(String start, String end, String value) {
        return Optional.of(new Covering(7L, new Span(LocalDate.parse(start), end == null ? null : LocalDate.parse(end)),
                new BigDecimal(value)));
    }

    private static GridPlan.Step plan(Optional<Covering> covering, String value) {
        return GridPlan.plan(MARCH, covering, Optional.empty(), value == null ? null : new BigDecimal(value));
    }

    @Test
    void aTargetStartingThisPeriodIsUpdated() {
        assertThat(plan(covering("2025-03-01", null, "40"), "50")).isEqualTo(new GridPlan.Update(7L, new BigDecimal("50")));
    }

    @Test
    void aTargetThatStartedEarlierEndsLastPeriodAndANewOneStartsHereKeepingItsEnd() {
        assertThat(plan(covering("2025-01-01", "2025-06-30", "40"), "50")).isEqualTo(new GridPlan.Split(7L,
                LocalDate.parse("2025-02-28"), new BigDecimal("50"), new Span(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-06-30"))));
        assertThat(plan(covering("2025-01-01", null, "40"), "50")).isEqualTo(new GridPlan.Split(7L,
                LocalDate.parse("2025-02-28"), new BigDecimal("50"), new Span(LocalDate.parse("2025-03-01"), null)));
    }

    @Test
    void theSameValueChangesNothingEvenWrittenDifferently() {
        assertThat(plan(covering("2025-01-01", null, "40"), "40.00")).isEqualTo(new GridPlan.Keep());
    }

    @Test
    void anEmptyCellEndsAnEarlierTargetLastPeriod() {
        assertThat(plan(covering("2025-01-01", null, "40"), null)).isEqualTo(new GridPlan.End(7L, LocalDate.parse("2025-02-28")));
    }

    @Test
    void anEmptyCellRemovesATargetStartingThisPeriod() {
        assertThat(plan(covering("2025-03-01", "2025-12-31", "40"), null)).isEqualTo(new GridPlan.Delete(7L));
    }

    @Test
    void anEmptyCellWithoutATargetChangesNothing() {
        assertThat(plan(Optional.empty(), null)).isEqualTo(new GridPlan.Keep());
    }

    @Test
    void aValueWithoutATargetStartsAnOpenOneHere() {
        assertThat(plan(Optional.empty(), "12")).isEqualTo(new GridPlan.Create(new BigDecimal("12"),
                new Span(LocalDate.parse("2025-03-01"), null)));
    }

    @Test
    void aNewTargetStopsBeforeTheNextOneAlreadySet() {
        GridPlan.Step step = GridPlan.plan(MARCH, Optional.empty(), Optional.of(LocalDate.parse("2025-07-01")), BigDecimal.TEN);
        assertThat(step).isEqualTo(new GridPlan.Create(BigDecimal.TEN,
                new Span(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-06-30"))));
    }
}

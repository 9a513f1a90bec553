package dev.goose.kpi.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.kpi.Category;
import dev.goose.kpi.Direction;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.Source;
import dev.goose.kpi.Tally;
import dev.goose.kpi.Unit;
import dev.goose.kpi.board.BoardViews.LeaderRow;

@Tag("unit")
class ScoreTest {

    private static final Period NOVEMBER = Period.containing(PeriodKind.MONTH, LocalDate.of(2026, 11, 1));

    static KpiDefinition kpi(String key, Unit unit, Direction direction) {
        KpiDefinition kpi = new KpiDefinition();
        kpi.key = key;
        kpi.name = key;
        kpi.unit = unit;
        kpi.direction = direction;
        kpi.category = Category.ACTIVITY;
        kpi.source = Source.LOGGED;
        return kpi;
    }

    @Test
    void fortyFiveCallsOnTheFifteenthAgainstAHundredAreBehindTheFiftyExpected() {
        Score score = Score.of(kpi("calls", Unit.COUNT, Direction.HIGHER_IS_BETTER), Tally.of(new BigDecimal("45"), 9),
                Optional.of(new BigDecimal("100")), NOVEMBER, LocalDate.of(2026, 11, 15));
        assertThat(score.expectedText()).isEqualTo("50");
        assertThat(score.attainmentText()).isEqualTo("45%");
        assertThat(score.statusKey()).isEqualTo("behind");
        assertThat(score.statusText()).isEqualTo("Behind");
    }

    @Test
    void aRateWithNothingClosedHasNoValueAndNoStatusYet() {
        Score score = Score.of(kpi("win-rate", Unit.PERCENT, Direction.HIGHER_IS_BETTER), Tally.EMPTY,
                Optional.of(new BigDecimal("30")), NOVEMBER, LocalDate.of(2026, 11, 15));
        assertThat(score.actualText()).isEqualTo("no data yet");
        assertThat(score.statusKey()).isEqualTo("no-data");
        assertThat(score.attainmentText()).isEqualTo("no data yet");
    }

    @Test
    void fewerCycleDaysThanTheTargetIsAhead() {
        Score score = Score.of(kpi("cycle-days", Unit.DAYS, Direction.LOWER_IS_BETTER), Tally.of(new BigDecimal("40"), 2),
                Optional.of(new BigDecimal("30")), NOVEMBER, LocalDate.of(2026, 11, 2));
        assertThat(score.actualText()).isEqualTo("20 days");
        assertThat(score.statusKey()).isEqualTo("ahead");
    }

    @Test
    void aZeroTargetIsNoTarget() {
        Score score = Score.of(kpi("calls", Unit.COUNT, Direction.HIGHER_IS_BETTER), Tally.of(BigDecimal.TEN, 1),
                Optional.of(BigDecimal.ZERO), NOVEMBER, LocalDate.of(2026, 11, 2));
        assertThat(score.attainmentText()).isEqualTo("no target");
        assertThat(score.targetText()).isEqualTo("no target");
        assertThat(score.statusKey()).isEqualTo("no-target");
    }

    @Test
    void leaderboardsRankBestFirstShareRanksOnTiesAndPutPeopleWithoutAValueLast() {
        KpiDefinition calls = kpi("calls", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        List<LeaderRow> rows = List.of(row(1L, "Ann", calls, "5"), row(2L, "Bob", calls, "9"), row(3L, "Cy", calls, "5"));
        assertThat(Leaderboards.ranked(rows, Direction.HIGHER_IS_BETTER)).extracting(LeaderRow::name, LeaderRow::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bob", 1), org.assertj.core.groups.Tuple.tuple("Ann", 2),
                        org.assertj.core.groups.Tuple.tuple("Cy", 2));

        KpiDefinition cycle = kpi("cycle-days", Unit.DAYS, Direction.LOWER_IS_BETTER);
        List<LeaderRow> cycles = List.of(row(1L, "Ann", cycle, "30"), row(2L, "Bob", cycle, null), row(3L, "Cy", cycle, "12"));
        assertThat(Leaderboards.ranked(cycles, Direction.LOWER_IS_BETTER)).extracting(LeaderRow::name, LeaderRow::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cy", 1), org.assertj.core.groups.Tuple.tuple("Ann", 2),
                        org.assertj.core.groups.Tuple.tuple("Bob", 0));
    }

    private static LeaderRow row(Long id, String name, KpiDefinition kpi, String value) {
        Tally tally = value == null ? Tally.EMPTY : Tally.of(new BigDecimal(value), 1);
        return new LeaderRow(0, id, name, Score.of(kpi, tally, Optional.empty(), NOVEMBER, LocalDate.of(2026, 11, 2)));
    }
}

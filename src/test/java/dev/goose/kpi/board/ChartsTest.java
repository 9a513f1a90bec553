package dev.goose.kpi.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.errors.InvalidInput;
import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.Unit;

@Tag("unit")
class ChartsTest {

    @Test
    void periodsAreReadFromTheQueryWithMonthAndTodayAsDefaults() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(Periods.parse(null, null, today)).isEqualTo(Period.containing(PeriodKind.MONTH, today));
        assertThat(Periods.label(Periods.parse("week", "2026-11-27", today))).isEqualTo("Week of 23 Nov 2026");
        assertThat(Periods.label(Periods.parse("QUARTER", null, today))).isEqualTo("Q4 2026");
        assertThat(Periods.endingWith(Periods.parse("month", null, today), 3)).extracting(Periods::shortLabel)
                .containsExactly("Sep", "Oct", "Nov");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Periods.parse("fortnight", "27/11", today))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField()).containsKeys("period", "date"));
    }

    @Test
    void numbersAreRoundedOnlyForDisplay() {
        assertThat(Numbers.format(new BigDecimal("37.5"), Unit.COUNT)).isEqualTo("37.5");
        assertThat(Numbers.format(new BigDecimal("12500.5"), Unit.CURRENCY)).isEqualTo("12,500.50");
        assertThat(Numbers.format(new BigDecimal("-1234567"), Unit.CURRENCY)).isEqualTo("-1,234,567");
        assertThat(Numbers.format(new BigDecimal("999.0000"), Unit.COUNT)).isEqualTo("999");
        assertThat(Numbers.format(new BigDecimal("1000"), Unit.COUNT)).isEqualTo("1,000");
        assertThat(Numbers.format(new BigDecimal("66.666666"), Unit.PERCENT)).isEqualTo("66.7%");
        assertThat(Numbers.format(new BigDecimal("3.0"), Unit.DAYS)).isEqualTo("3 days");
    }
}

package dev.goose.incentive.plan;

import static dev.goose.incentive.plan.CommissionTest.money;
import static dev.goose.incentive.plan.CommissionTest.total;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.incentive.plan.KpiBonus.Measured;
import dev.goose.incentive.plan.KpiBonus.Weighted;

/** KPI bonuses to the cent: the handbook's steps, a linear payout with its cap, per unit, a weighted gate. */
@Tag("unit")
class KpiBonusTest {

    static final Currency USD = Currency.getInstance("USD");

    /** The handbook's bonus: $2,000 a quarter, half on pipeline, half on demos; from 80% half, from 100% all. */
    static final KpiBonus HANDBOOK = new KpiBonus("KPI bonus", PayPeriod.QUARTER, money("2000"),
            List.of(new Weighted("pipeline", money("50")), new Weighted("demos", money("50"))),
            new KpiBonus.Steps(List.of(new KpiBonus.Step(money("80"), money("50")), new KpiBonus.Step(money("100"), money("100")))), null);

    @Test
    void theHandbooksStepsPayHalfFrom80PercentAndAllFrom100AndNoMore() {
        List<PlanLine> lines = HANDBOOK.lines(Map.of("pipeline", measured("300000", "360000"), "demos", measured("30", "24")), USD);
        assertThat(lines).extracting(PlanLine::amount).containsExactly(money("500.00"), money("1000.00"));
        assertThat(lines.get(0).formula()).isEqualTo("KPI bonus, pipeline 300000 of 360000 (83.3%): from 80% pays 50% of $1,000.00");
        List<PlanLine> short_ = HANDBOOK.lines(Map.of("pipeline", measured("280000", "360000"), "demos", measured("19", "24")), USD);
        assertThat(total(short_)).isEqualByComparingTo("0.00");
        assertThat(short_.get(1).formula()).isEqualTo("KPI bonus, demos 19 of 24 (79.2%): below 80%, nothing");
    }

    @Test
    void aLinearBonusPaysInProportionFromItsThresholdUpToItsMaximum() {
        KpiBonus linear = new KpiBonus("Calls", PayPeriod.MONTH, money("900"), List.of(new Weighted("calls", money("100"))),
                new KpiBonus.Linear(money("50"), money("120")), null);
        assertThat(total(linear.lines(Map.of("calls", measured("110", "100")), USD))).isEqualByComparingTo("990.00");
        assertThat(total(linear.lines(Map.of("calls", measured("200", "100")), USD))).isEqualByComparingTo("1080.00");
        assertThat(total(linear.lines(Map.of("calls", measured("49", "100")), USD))).isEqualByComparingTo("0.00");
        // Ramped to 32.9 calls: 20 of them is 60.79% of $900.00, 547.112462 rounded half up.
        assertThat(total(linear.lines(Map.of("calls", measured("20", "32.9")), USD))).isEqualByComparingTo("547.11");
    }

    @Test
    void perUnitPaysEachUnitAboveTargetUpToItsMaximum() {
        KpiBonus perUnit = new KpiBonus("Demos above target", PayPeriod.MONTH, money("0"), List.of(new Weighted("demos", money("100"))),
                new KpiBonus.PerUnit(money("25"), money("100")), null);
        assertThat(total(perUnit.lines(Map.of("demos", measured("11", "8")), USD))).isEqualByComparingTo("75.00");
        assertThat(total(perUnit.lines(Map.of("demos", measured("20", "8")), USD))).isEqualByComparingTo("100.00");
        assertThat(total(perUnit.lines(Map.of("demos", measured("7", "8")), USD))).isEqualByComparingTo("0.00");
    }

    @Test
    void belowTheGateOnWeightedAttainmentNothingIsPaid() {
        KpiBonus gated = new KpiBonus("Activity", PayPeriod.MONTH, money("1000"),
                List.of(new Weighted("calls", money("60")), new Weighted("demos", money("40"))),
                new KpiBonus.Linear(money("0"), money("100")), money("90"));
        List<PlanLine> below = gated.lines(Map.of("calls", measured("100", "100"), "demos", measured("7", "10")), USD);
        assertThat(below).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualByComparingTo("0.00");
            assertThat(line.formula()).isEqualTo("Activity: weighted attainment 88% is below the 90% gate, so nothing is paid");
        });
        List<PlanLine> through = gated.lines(Map.of("calls", measured("100", "100"), "demos", measured("8", "10")), USD);
        assertThat(through).extracting(PlanLine::amount).containsExactly(money("600.00"), money("320.00"));
    }

    @Test
    void aKpiWithoutATargetPaysNothingAndSaysWhy() {
        List<PlanLine> lines = HANDBOOK.lines(Map.of("demos", measured("30", "24")), USD);
        assertThat(lines.get(0).formula()).isEqualTo("KPI bonus, pipeline: no target for the period, so nothing is paid");
        assertThat(total(lines)).isEqualByComparingTo("1000.00");
    }

    @Test
    void atTargetTheHandbooksBonusPays2000AQuarter() {
        assertThat(HANDBOOK.atTarget()).isEqualByComparingTo("2000");
    }

    private static Measured measured(String actual, String target) {
        return new Measured(money(actual), money(target));
    }
}

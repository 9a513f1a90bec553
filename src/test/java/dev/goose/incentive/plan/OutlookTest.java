package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Where a rep stands and what moves them on: attainment, their point on the curve, the next band, the next bonus step. */
@Tag("unit")
class OutlookTest {

    static final LocalDate DEC = LocalDate.of(2026, 12, 1);

    @Test
    void theRepSeesTheirAttainmentTheirPointOnTheCurveAndWhatReachesTheNextBand() {
        Plan plan = StatementsTest.plan("2026-01-01", "6000", "10", "15");
        List<Statements.Credit> credits = List.of(StatementsTest.deal(1, "Earlier", "1180000", "2026-06-30"),
                StatementsTest.deal(2, "Acme", "15000", "2026-12-03"), StatementsTest.deal(3, "Later", "90000", "2026-12-20"));
        Outlook.Position position = Outlook.of(plan, PayPeriod.MONTH, DEC, LocalDate.of(2026, 12, 10), credits, Statements.Rates.NONE)
                .orElseThrow();
        assertThat(position.credited()).isEqualByComparingTo("1195000");
        // 1,195,000 of 1,200,000 is 99.6%, earning 10% of it: 119,500.00
        assertThat(position.here().attainment()).isEqualByComparingTo("99.6");
        assertThat(position.here().commission()).isEqualByComparingTo("119500.00");
        // at 150%: 1,200,000 × 10% + 600,000 × 15% = 210,000.00
        assertThat(position.curve().get(6).commission()).isEqualByComparingTo("210000.00");
        assertThat(position.next()).contains("$5,000.00 more won this year moves you into the above 100% (accelerator) band at 15%");
    }

    @Test
    void theUnitsThatReachTheNextStepOfASingleKpiBonusAreCountedUp() {
        KpiBonus demos = new KpiBonus("Demo bonus", PayPeriod.MONTH, new BigDecimal("500"),
                List.of(new KpiBonus.Weighted("demos", new BigDecimal("100"))), new KpiBonus.Steps(List.of(
                        new KpiBonus.Step(new BigDecimal("80"), new BigDecimal("50")), new KpiBonus.Step(new BigDecimal("100"),
                                new BigDecimal("100")))), null);
        Plan base = StatementsTest.plan("2026-01-01", "6000", "10");
        Plan plan = new Plan(base.name(), base.currency(), base.effective(), PayPeriod.MONTH, base.base(), null, null, List.of(demos));
        Map<String, Map<String, KpiBonus.Measured>> measured = Map.of("Demo bonus",
                Map.of("demos", new KpiBonus.Measured(new BigDecimal("7"), new BigDecimal("10"))));
        assertThat(Outlook.bonuses(plan, LocalDate.of(2026, 12, 31), measured))
                .containsExactly("1 more demos by 2026-12-31 reach the 80% step of Demo bonus: $250.00");
        assertThat(Outlook.of(plan, PayPeriod.MONTH, DEC, DEC, List.of(), Statements.Rates.NONE)).isEmpty();
    }
}

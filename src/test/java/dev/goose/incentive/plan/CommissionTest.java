package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Commission to the cent: the handbook's worked example, retroactive cliffs, reset attainment, caps, rounding. */
@Tag("unit")
class CommissionTest {

    static final Currency USD = Currency.getInstance("USD");

    /** The handbook's standard plan: 5% to half of quota, 10% to quota, 15% to 125%, 20% above. */
    static final Commission STANDARD = new Commission(money("480000"), Commission.Attainment.CUMULATIVE, List.of(
            tier("0", "50", "5", false, null), tier("50", "100", "10", false, null),
            tier("100", "125", "15", false, "accelerator"), tier("125", null, "20", false, "accelerator")), null);

    @Test
    void alexSigns576000OverTwelveEqualMonthsAndEarnsTheHandbooks50400() {
        assertThat(year(STANDARD, "48000")).isEqualByComparingTo("50400.00");
    }

    @Test
    void samSigns384000AndEarns26400() {
        assertThat(year(STANDARD, "32000")).isEqualByComparingTo("26400.00");
    }

    @Test
    void aMonthThatCrossesABandPaysEachSliceAtItsRate() {
        List<PlanLine> lines = STANDARD.lines(money("200000"), money("100000"), PayPeriod.MONTH, USD);
        assertThat(lines).extracting(PlanLine::amount).containsExactly(money("2000.00"), money("6000.00"));
        assertThat(lines.get(0).formula()).isEqualTo("$40,000.00 of credited value in the 0–50% band at 5%");
        assertThat(lines.get(1).formula()).isEqualTo("$60,000.00 of credited value in the 50–100% band at 10%");
    }

    @Test
    void movingADealToTheNextMonthChangesWhenItIsPaidNotHowMuch() {
        BigDecimal together = total(STANDARD.lines(money("450000"), money("60000"), PayPeriod.MONTH, USD));
        BigDecimal split = total(STANDARD.lines(money("450000"), money("20000"), PayPeriod.MONTH, USD))
                .add(total(STANDARD.lines(money("470000"), money("40000"), PayPeriod.MONTH, USD)));
        assertThat(together).isEqualByComparingTo(split).isEqualByComparingTo("7500.00");
    }

    @Test
    void reachingARetroactiveTierReRatesEverythingCreditedSoFarAsATrueUp() {
        Commission retro = new Commission(money("100000"), Commission.Attainment.CUMULATIVE,
                List.of(tier("0", "100", "10", false, null), tier("100", null, "12", true, null)), null);
        List<PlanLine> lines = retro.lines(money("90000"), money("20000"), PayPeriod.MONTH, USD);
        assertThat(lines).extracting(PlanLine::amount).containsExactly(money("1000.00"), money("2000.00"), money("1200.00"));
        assertThat(lines.get(1).formula())
                .isEqualTo("Reaching 100% re-rates the $100,000.00 credited up to it at 12%: $12,000.00 less the $10,000.00 it earned before");
        assertThat(total(lines)).isEqualByComparingTo(retro.earnedAt(money("110000"), money("100000"))
                .subtract(retro.earnedAt(money("90000"), money("100000"))));
    }

    @Test
    void theCliffIsPaidWhenTheValueLandsExactlyOnTheBoundaryAndNotAgainAfter() {
        Commission retro = new Commission(money("100000"), Commission.Attainment.CUMULATIVE,
                List.of(tier("0", "100", "10", false, null), tier("100", null, "12", true, null)), null);
        assertThat(total(retro.lines(money("99999"), money("1"), PayPeriod.MONTH, USD))).isEqualByComparingTo("2000.10");
        assertThat(total(retro.lines(money("100000"), money("1000"), PayPeriod.MONTH, USD))).isEqualByComparingTo("120.00");
    }

    @Test
    void resetAttainmentMeasuresEachMonthAgainstItsShareOfTheQuotaFromNothing() {
        Commission reset = new Commission(money("480000"), Commission.Attainment.RESET,
                List.of(tier("0", "100", "10", false, null), tier("100", null, "15", false, null)), null);
        assertThat(total(reset.lines(BigDecimal.ZERO, money("50000"), PayPeriod.MONTH, USD))).isEqualByComparingTo("5500.00");
        assertThat(total(reset.lines(BigDecimal.ZERO, money("10000"), PayPeriod.MONTH, USD))).isEqualByComparingTo("1000.00");
        // The second part of a month two versions share starts where the first ended: 10,000 at 10%, 10,000 at 15%.
        assertThat(total(reset.lines(money("30000"), money("20000"), PayPeriod.MONTH, USD))).isEqualByComparingTo("2500.00");
        assertThat(reset.atTarget(PayPeriod.MONTH)).isEqualByComparingTo("48000");
    }

    @Test
    void aCapTakesOffWhatIsAboveItAsItsOwnLine() {
        Commission capped = new Commission(money("480000"), Commission.Attainment.RESET,
                List.of(tier("0", "100", "10", false, null), tier("100", null, "15", false, null)), money("5000"));
        List<PlanLine> lines = capped.lines(BigDecimal.ZERO, money("50000"), PayPeriod.MONTH, USD);
        assertThat(lines).extracting(PlanLine::amount).containsExactly(money("4000.00"), money("1500.00"), money("-500.00"));
        assertThat(lines.get(2).formula()).isEqualTo("Capped at $5,000.00 a month");
        assertThat(total(lines)).isEqualByComparingTo("5000.00");
    }

    @Test
    void eachLineIsRoundedHalfUpToTheCentAndTheTotalIsTheSumOfTheRoundedLines() {
        Commission odd = new Commission(money("1000"), Commission.Attainment.CUMULATIVE,
                List.of(tier("0", "50", "7.5", false, null), tier("50", null, "12.5", false, null)), null);
        List<PlanLine> lines = odd.lines(money("166.67"), money("666.66"), PayPeriod.MONTH, USD);
        // 333.33 at 7.5% is 24.99975, and 333.33 at 12.5% is 41.66625: the lines are 25.00 and 41.67.
        assertThat(lines).extracting(PlanLine::amount).containsExactly(money("25.00"), money("41.67"));
        assertThat(total(lines)).isEqualByComparingTo("66.67");
        List<PlanLine> yen = odd.lines(BigDecimal.ZERO, money("333"), PayPeriod.MONTH, Currency.getInstance("JPY"));
        assertThat(yen).extracting(PlanLine::amount).containsExactly(money("25"));
    }

    @Test
    void atTargetTheStandardPlanPaysTheHandbooks36000() {
        assertThat(STANDARD.atTarget(PayPeriod.MONTH)).isEqualByComparingTo("36000");
    }

    /** A plan year of twelve months with the same credited value each, as the sum of the months' lines. */
    private static BigDecimal year(Commission commission, String monthly) {
        List<PlanLine> all = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        for (int month = 0; month < 12; month++) {
            all.addAll(commission.lines(before, money(monthly), PayPeriod.MONTH, USD));
            before = before.add(money(monthly));
        }
        return total(all);
    }

    static BigDecimal total(List<PlanLine> lines) {
        return lines.stream().map(PlanLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Tier tier(String from, String to, String rate, boolean retroactive, String name) {
        return new Tier(money(from), to == null ? null : money(to), money(rate), retroactive, name);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}

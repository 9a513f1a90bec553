package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.incentive.plan.Statements.Credit;
import dev.goose.incentive.plan.Statements.Version;

/** Statements to the cent: deals credited one by one, prorated base, a period two versions share, bonuses by their own period. */
@Tag("unit")
class StatementsTest {

    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DEC = LocalDate.of(2026, 12, 1);
    static final LocalDate YEAR = LocalDate.of(2026, 1, 1);

    /** $6,000 a month; 10% of credited value up to a $1,200,000 year, 15% above it. */
    static Plan plan(String effective, String base, String... rates) {
        List<Tier> tiers = rates.length == 1 ? List.of(new Tier(BigDecimal.ZERO, null, new BigDecimal(rates[0]), false, null))
                : List.of(new Tier(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal(rates[0]), false, null),
                        new Tier(new BigDecimal("100"), null, new BigDecimal(rates[1]), false, "accelerator"));
        return new Plan("Rep plan", USD, LocalDate.parse(effective), PayPeriod.MONTH, new BigDecimal(base), null,
                new Commission(new BigDecimal("1200000"), Commission.Attainment.CUMULATIVE, tiers, null), List.of());
    }

    static Credit deal(long id, String name, String amount, String closed) {
        return new Credit(id, name, new BigDecimal(amount), "USD", LocalDate.parse(closed));
    }

    static Statement december(LocalDate assigned, List<Version> versions, List<Credit> credits) {
        return Statements.compute(new Statements.Input(PayPeriod.MONTH, DEC, assigned, versions, credits, (kind, start, keys) -> Map.of()));
    }

    @Test
    void aDealCrossingQuotaIsPaidAtBothRatesAndTheLinesAddUpToTheTotal() {
        List<Credit> credits = List.of(deal(1, "Earlier deals", "1180000", "2026-06-30"),
                deal(2, "Acme", "15000", "2026-12-03"), deal(3, "Globex", "10000", "2026-12-10"));
        Statement s = december(YEAR, List.of(new Version(1, plan("2026-01-01", "6000", "10", "15"))), credits);
        assertThat(s.lines()).extracting(Statement.Line::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("6000.00", "1500.00", "500.00", "750.00");
        assertThat(s.lines().get(2).formula()).isEqualTo("Globex, won on 2026-12-10, $10,000.00 at 100% credit: "
                + "$5,000.00 of credited value in the 0–100% band at 10%");
        assertThat(s.lines().get(3).dealId()).isEqualTo(3L);
        assertThat(s.total()).isEqualByComparingTo("8750.00");
        assertThat(s.complete()).isTrue();
        assertThat(s.parts()).extracting(Statement.Part::label).containsExactly("Version 1");
    }

    @Test
    void aSplitDealCreditsThePersonTheirShareRoundedToTheCentAndTheShareCountsTowardsQuota() {
        // 60% of $12,500.55 is $7,500.33; 33.33% of $10,000.01 is $3,333.003333, so $3,333.00.
        List<Credit> credits = List.of(new Credit(1L, "Earlier deals", new BigDecimal("2000000"), "USD", LocalDate.parse("2026-06-30"),
                new BigDecimal("59.5")), new Credit(2L, "Acme", new BigDecimal("12500.55"), "USD", LocalDate.parse("2026-12-03"), new BigDecimal("60")),
                new Credit(3L, "Globex", new BigDecimal("10000.01"), "USD", LocalDate.parse("2026-12-10"), new BigDecimal("33.33")));
        Statement s = december(YEAR, List.of(new Version(1, plan("2026-01-01", "6000", "10", "15"))), credits);
        assertThat(s.lines()).extracting(Statement.Line::formula).containsExactly("Base salary, $6,000.00 a month",
                "Acme, won on 2026-12-03, $12,500.55 at 60% credit = $7,500.33: $7,500.33 of credited value in the 0–100% band at 10%",
                // $1,190,000 credited before (59.5% of $2,000,000) and $7,500.33 leave $2,499.67 below quota
                "Globex, won on 2026-12-10, $10,000.01 at 33.33% credit = $3,333.00: $2,499.67 of credited value in the 0–100% band at 10%",
                "Globex, won on 2026-12-10, $10,000.01 at 33.33% credit = $3,333.00: $833.33 of credited value in the above 100% (accelerator)"
                        + " band at 15%");
        // 750.033 → 750.03; 249.967 → 249.97; 124.9995 → 125.00
        assertThat(s.lines()).extracting(Statement.Line::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("6000.00", "750.03", "249.97", "125.00");
        assertThat(s.total()).isEqualByComparingTo("7125.00");
    }

    @Test
    void aPeriodTwoVersionsShareIsComputedAsTwoNamedParts() {
        List<Version> versions = List.of(new Version(1, plan("2026-01-01", "6000", "10")), new Version(2, plan("2026-12-16", "6200", "12")));
        Statement s = december(YEAR, versions, List.of(deal(1, "Acme", "20000", "2026-12-10"), deal(2, "Globex", "10000", "2026-12-20")));
        assertThat(s.parts()).extracting(Statement.Part::label)
                .containsExactly("Version 1, 2026-12-01 to 2026-12-15", "Version 2, 2026-12-16 to 2026-12-31");
        // 6,000 × 15/31 = 2,903.2258 and 6,200 × 16/31 = 3,200.00; each deal at the rate of its day.
        assertThat(s.lines()).extracting(l -> l.part().substring(0, 9) + " " + l.amount())
                .containsExactly("Version 1 2903.23", "Version 1 2000.00", "Version 2 3200.00", "Version 2 1200.00");
        assertThat(s.lines().get(0).formula()).isEqualTo("Base salary, $6,000.00 a month, for 15 of 31 days");
        assertThat(s.total()).isEqualByComparingTo("9303.23");
    }

    @Test
    void daysAndDealsBeforeTheAssignmentStartAreNotPaidAndTheStatementSaysSo() {
        Statement s = december(LocalDate.of(2026, 12, 10), List.of(new Version(1, plan("2026-01-01", "6000", "10"))),
                List.of(deal(1, "Before", "50000", "2026-12-05"), deal(2, "After", "1000", "2026-12-11")));
        // 6,000 × 22/31 = 4,258.0645.
        assertThat(s.lines()).extracting(Statement.Line::amount).extracting(BigDecimal::toPlainString).containsExactly("4258.06", "100.00");
        assertThat(s.notes()).containsExactly("The plan applies from 2026-12-10: the days before are not paid by it.");
    }

    @Test
    void aDealInAnotherCurrencyIsShownAsNotCreditedAndLeavesTheStatementIncomplete() {
        Credit euros = new Credit(7L, "Initech", new BigDecimal("9000"), "EUR", LocalDate.parse("2026-12-04"));
        Statement s = december(YEAR, List.of(new Version(1, plan("2026-01-01", "6000", "10"))), List.of(euros));
        assertThat(s.lines().get(1).formula())
                .isEqualTo("Initech, won on 2026-12-04: not credited, it is in EUR and no EUR to USD rate is entered for December 2026");
        assertThat(s.lines().get(1).amount()).isEqualByComparingTo("0.00");
        assertThat(s.complete()).isFalse();
        assertThat(s.total()).isEqualByComparingTo("6000.00");
    }

    @Test
    void aDealInAnotherCurrencyIsCreditedAtTheRateOfTheMonthItWasWonAndTheLineSaysWhichRate() {
        Credit euros = new Credit(7L, "Initech", new BigDecimal("9000.55"), "EUR", LocalDate.parse("2026-12-04"));
        Statements.Rates rates = (from, to, month) -> from.equals("EUR") && to.equals(USD) && month.equals(java.time.YearMonth.of(2026, 12))
                ? java.util.Optional.of(new BigDecimal("1.0834")) : java.util.Optional.empty();
        Statement s = Statements.compute(new Statements.Input(PayPeriod.MONTH, DEC, YEAR, null,
                List.of(new Version(1, plan("2026-01-01", "6000", "10"))), List.of(euros), (kind, start, keys) -> Map.of(), rates));
        // 9,000.55 × 1.0834 = 9,751.195870 → 9,751.20; at 10% → 975.12
        assertThat(s.lines().get(1).formula()).isEqualTo("Initech, won on 2026-12-04, €9,000.55 at 1.0834 USD per EUR (the rate for "
                + "December 2026) = $9,751.20 at 100% credit: $9,751.20 of credited value at 10%");
        assertThat(s.lines().get(1).amount()).isEqualByComparingTo("975.12");
        assertThat(s.complete()).isTrue();
        assertThat(s.total()).isEqualByComparingTo("6975.12");
    }

    @Test
    void theCapOfAMonthBindsTheDealsTogether() {
        Plan base = plan("2026-01-01", "0", "10");
        Plan capped = new Plan(base.name(), USD, base.effective(), PayPeriod.MONTH, BigDecimal.ZERO, null, new Commission(
                base.commission().quota(), Commission.Attainment.CUMULATIVE, base.commission().tiers(), new BigDecimal("1000")), List.of());
        Statement s = december(YEAR, List.of(new Version(1, capped)), List.of(deal(1, "A", "8000", "2026-12-02"), deal(2, "B", "8000", "2026-12-09")));
        assertThat(s.lines()).extracting(Statement.Line::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("0.00", "800.00", "800.00", "-600.00");
        assertThat(s.lines().get(3).formula()).isEqualTo("Capped at $1,000.00 a month");
        assertThat(s.total()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aQuarterlyBonusIsPaidInTheMonthItsQuarterEndsWithTheQuartersResults() {
        KpiBonus bonus = new KpiBonus("Activity bonus", PayPeriod.QUARTER, new BigDecimal("1500"),
                List.of(new KpiBonus.Weighted("calls", new BigDecimal("100"))),
                new KpiBonus.Steps(List.of(new KpiBonus.Step(new BigDecimal("100"), new BigDecimal("100")))), null);
        Plan plain = plan("2026-01-01", "6000", "10");
        Plan withBonus = new Plan(plain.name(), USD, plain.effective(), PayPeriod.MONTH, plain.base(), null, plain.commission(), List.of(bonus));
        List<String> asked = new ArrayList<>();
        Statements.Measures measures = (kind, start, keys) -> {
            asked.add(kind + " " + start + " " + keys);
            return Map.of("calls", new KpiBonus.Measured(new BigDecimal("400"), new BigDecimal("390")));
        };
        Statement november = Statements.compute(new Statements.Input(PayPeriod.MONTH, LocalDate.of(2026, 11, 1), YEAR,
                List.of(new Version(1, withBonus)), List.of(), measures));
        assertThat(november.lines()).hasSize(1);
        Statement december = Statements.compute(new Statements.Input(PayPeriod.MONTH, DEC, YEAR, List.of(new Version(1, withBonus)), List.of(), measures));
        assertThat(asked).containsExactly("QUARTER 2026-10-01 [calls]");
        assertThat(december.lines().get(1).formula()).startsWith("For the quarter 2026-10-01 to 2026-12-31: Activity bonus, calls 400 of 390");
        assertThat(december.total()).isEqualByComparingTo("7500.00");
    }

    @Test
    void noVersionInForceYetPaysNothingAndSaysWhy() {
        Statement s = december(YEAR, List.of(new Version(1, plan("2027-01-01", "6000", "10"))), List.of());
        assertThat(s.parts()).isEmpty();
        assertThat(s.total()).isEqualByComparingTo("0");
        assertThat(s.notes()).containsExactly("No version of the plan was in force from 2026-12-01 to 2026-12-31: those days are not paid.");
    }

    @Test
    void theHighestNumberedVersionInForceWinsEvenWhenAnOlderOneTookEffectLater() {
        List<Version> versions = List.of(new Version(1, plan("2026-12-01", "6000", "10")), new Version(2, plan("2026-01-01", "6500", "10")));
        Statement s = december(YEAR, versions, List.of());
        assertThat(s.parts()).extracting(Statement.Part::version).containsExactly(2);
        assertThat(s.total()).isEqualByComparingTo("6500.00");
    }

    @Test
    void aPersonWhoChangesPlansMidPeriodIsPaidByEachForItsOwnDaysAndTheLinesAddUp() {
        List<Version> first = List.of(new Version(1, plan("2026-01-01", "6000", "10")));
        List<Version> second = List.of(new Version(3, plan("2026-01-01", "9300", "12")));
        List<Credit> credits = List.of(deal(1, "Acme", "10000", "2026-12-05"), deal(2, "Globex", "20000", "2026-12-20"));
        Statement until = Statements.compute(new Statements.Input(PayPeriod.MONTH, DEC, YEAR, LocalDate.of(2026, 12, 10), first, credits,
                (kind, start, keys) -> Map.of()));
        Statement from = december(LocalDate.of(2026, 12, 11), second, credits);
        Statement joined = Statements.join(List.of("Rep plan", "Senior plan"), List.of(until, from));

        assertThat(joined.parts()).extracting(Statement.Part::label).containsExactly("Rep plan, Version 1", "Senior plan, Version 3");
        assertThat(joined.lines()).extracting(Statement.Line::formula).containsExactly(
                "Base salary, $6,000.00 a month, for 10 of 31 days",
                "Acme, won on 2026-12-05, $10,000.00 at 100% credit: $10,000.00 of credited value at 10%",
                "Base salary, $9,300.00 a month, for 21 of 31 days",
                "Globex, won on 2026-12-20, $20,000.00 at 100% credit: $20,000.00 of credited value at 12%");
        // 6000 × 10/31 = 1935.4838… → 1935.48; 9300 × 21/31 = 6300.00
        assertThat(joined.lines()).extracting(Statement.Line::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("1935.48", "1000.00", "6300.00", "2400.00");
        assertThat(joined.total()).isEqualByComparingTo("11635.48");
        assertThat(joined.notes()).containsExactly("Senior plan: The plan applies from 2026-12-11: the days before are not paid by it.");
    }
}

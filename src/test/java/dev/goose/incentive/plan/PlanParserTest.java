package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The plan block: the handbook's standard plan as written, and each refusal at its line. */
@Tag("unit")
class PlanParserTest {

    /** The standard plan of playbooks/kpi-and-incentives.md, as its plan block says it. */
    static final String STANDARD = """
            name: Standard plan
            currency: USD
            effective: 2027-01-01
            pay-period: month
            base: 6000
            on-target-variable: 44000
            commission:
              quota: 480000
              attainment: cumulative
              tiers:
                - {from: 0, to: 50, rate: 5}
                - {from: 50, to: 100, rate: 10}
                - {from: 100, to: 125, rate: 15, name: accelerator}
                - {from: 125, rate: 20, name: accelerator}
            kpi-bonus:
              - name: KPI bonus
                period: quarter
                amount: 2000
                kpis:
                  - {kpi: pipeline, weight: 50}
                  - {kpi: demos, weight: 50}
                steps:
                  - {at: 80, pays: 50}
                  - {at: 100, pays: 100}
            """;

    @Test
    void theHandbooksPlanReadsAsWrittenAndItsOnTargetPayAddsUp() {
        PlanParser.Parsed parsed = PlanParser.parse(STANDARD, 10);
        assertThat(parsed.problems()).isEmpty();
        Plan plan = parsed.plan();
        assertThat(plan.name()).isEqualTo("Standard plan");
        assertThat(plan.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(plan.base()).isEqualByComparingTo("6000.00");
        assertThat(plan.commission().tiers()).hasSize(4);
        assertThat(plan.commission().tiers().get(3).band()).isEqualTo("above 125% (accelerator)");
        assertThat(plan.kpiBonuses()).singleElement().satisfies(b -> assertThat(b.period()).isEqualTo(PayPeriod.QUARTER));
        // $36,000 of commission and four quarters of a $2,000 bonus at target; $72,000 base: a 62/38 mix.
        assertThat(plan.variableAtTarget()).isEqualByComparingTo("44000.00");
        assertThat(plan.baseForYear()).isEqualByComparingTo("72000.00");
        assertThat(plan.basePercentOfOnTarget()).isEqualTo(62);
    }

    @Test
    void anOnTargetPayTheComponentsDoNotAddUpToIsRefusedAtItsLine() {
        assertThat(problems(STANDARD.replace("on-target-variable: 44000", "on-target-variable: 48000")))
                .containsExactly("15: The on-target variable pay is $48,000.00, but the components pay $44,000.00 a year at 100%:"
                        + " change one of them so that they agree.");
    }

    @Test
    void anUnknownComponentIsNamedAtItsLineWithTheFieldsThereAre() {
        assertThat(problems(STANDARD + "team-pol:\n  amount: 1000\n"))
                .containsExactly("34: Unknown field 'team-pol' in the plan. Use name, currency, effective, pay-period, base,"
                        + " on-target-variable, commission, kpi-bonus, guarantee, draw, team-pool, clawback-days, spiff.");
    }

    @Test
    void aClawbackWindowIsAWholeNumberOfDays() {
        assertThat(PlanParser.parse(STANDARD + "clawback-days: 90\n", 1).plan().clawbackDays()).isEqualTo(90);
        assertThat(PlanParser.parse(STANDARD, 1).plan().clawbackDays()).isNull();
        assertThat(problems(STANDARD + "clawback-days: 12.5\n")).containsExactly("34: 'clawback-days' is a whole number of days from 0 to 3650, not 12.5.");
    }

    @Test
    void aTeamPoolIsReadAndTiersThatGoDownOrAnUnknownMeasureAreRefusedAtTheirLine() {
        String pool = "team-pool:\n  - name: Team pool\n    measure: revenue\n    target: 600000\n    period: quarter\n"
                + "    split: credited\n    tiers:\n      - {at: 90, pool: 5000}\n      - {at: 100, pool: 10000}\n";
        PlanParser.Parsed parsed = PlanParser.parse(STANDARD + pool, 1);
        assertThat(parsed.problems()).isEmpty();
        TeamPool read = parsed.plan().teamPools().get(0);
        assertThat(read.measure()).isEqualTo(TeamPool.Measure.REVENUE);
        assertThat(read.split()).isEqualTo(TeamPool.Split.CREDITED);
        assertThat(read.period()).isEqualTo(PayPeriod.QUARTER);
        assertThat(problems(STANDARD + pool.replace("{at: 100, pool: 10000}", "{at: 80, pool: 10000}")))
                .containsExactly("42: The pool's tiers go up: this one, at 80%, must start above 90% and pay at least the one before.");
        assertThat(problems(STANDARD + pool.replace("measure: revenue", "measure: profit")))
                .containsExactly("36: 'measure' is revenue, deals or margin (what the team won: value, deals or gross margin), or the growth"
                        + " of one of them (revenue-growth, deals-growth, margin-growth), not 'profit'.");
        TeamPool growth = PlanParser.parse(STANDARD + pool.replace("measure: revenue", "measure: margin-growth\n    against: period-before")
                .replace("target: 600000", "target: 10"), 1).plan().teamPools().get(0);
        assertThat(growth.measure()).isEqualTo(TeamPool.Measure.MARGIN);
        assertThat(growth.growth()).isEqualTo(TeamPool.Against.PERIOD_BEFORE);
        assertThat(PlanParser.parse(STANDARD + pool.replace("measure: revenue", "measure: deals-growth"), 1).plan().teamPools().get(0)
                .growth()).isEqualTo(TeamPool.Against.YEAR_BEFORE);
        assertThat(problems(STANDARD + pool.replace("measure: revenue", "measure: revenue\n    against: year-before")))
                .containsExactly("37: 'against' says what growth is measured against; this pool's measure is not a growth: use"
                        + " revenue-growth, or leave 'against' out.");
    }

    @Test
    void aTeamPoolSplitByDaysInTheTeamIsReadAndShownAndAnUnknownSplitIsRefusedAtItsLine() {
        String pool = "team-pool:\n  - name: Team pool\n    measure: revenue\n    target: 600000\n    period: quarter\n"
                + "    split: days\n    tiers:\n      - {at: 100, pool: 10000}\n";
        PlanParser.Parsed parsed = PlanParser.parse(STANDARD + pool, 1);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.plan().teamPools().get(0).split()).isEqualTo(TeamPool.Split.DAYS);
        assertThat(PlanMarkdown.of(parsed.plan())).contains("from 100%, split by days in the team among the team's members |");
        assertThat(PlanParser.parse(STANDARD + pool.replace("    split: days\n", ""), 1).plan().teamPools().get(0).split())
                .isEqualTo(TeamPool.Split.EVEN);
        assertThat(problems(STANDARD + pool.replace("split: days", "split: weeks")))
                .containsExactly("39: 'split' is even, credited or days, not 'weeks'.");
    }

    @Test
    void aNewHiresGuaranteeOrDrawIsReadAndGivingBothOrAPartPeriodIsRefused() {
        PlanParser.Parsed guarantee = PlanParser.parse(STANDARD + "guarantee: {amount: 2000, periods: 3}\n", 1);
        assertThat(guarantee.problems()).isEmpty();
        assertThat(guarantee.plan().ramp()).isEqualTo(new Ramp(Ramp.Kind.GUARANTEE, new java.math.BigDecimal("2000"), 3));
        assertThat(problems(STANDARD + "guarantee: {amount: 2000, periods: 3}\ndraw: {amount: 1000, periods: 2}\n"))
                .containsExactly("35: A plan gives a new hire a guarantee or a draw, not both: keep one of them.");
        assertThat(problems(STANDARD + "draw: {amount: -5, periods: 2.5}\n")).containsExactly(
                "34: The draw's amount per pay period cannot be negative (it is -5).",
                "34: 'periods' is a whole number of pay periods from 1 to 36, not 2.5.");
    }

    @Test
    void overlappingGappedAndUnendedTiersAreRefused() {
        assertThat(problems(STANDARD.replace("{from: 100, to: 125", "{from: 90, to: 125")))
                .containsExactly("22: Tiers follow each other: this one starts at 90%, but the one before ends at 100%, so they overlap.");
        assertThat(problems(STANDARD.replace("{from: 100, to: 125", "{from: 110, to: 125")))
                .containsExactly("22: Tiers follow each other: this one starts at 110%, but the one before ends at 100%, which leaves a gap.");
        assertThat(problems(STANDARD.replace("{from: 0, to: 50, rate: 5}", "{from: 10, to: 50, rate: 5}")))
                .containsExactly("20: The first tier starts at 0%, not 10%.");
        assertThat(problems(STANDARD.replace("{from: 50, to: 100, rate: 10}", "{from: 50, rate: 10}")))
                .containsExactly("21: Only the last tier may go on without an end ('to').");
    }

    @Test
    void aNegativeRateAMissingCurrencyAndWeightsThatMissTheirHundredAreRefused() {
        assertThat(problems(STANDARD.replace("rate: 10}", "rate: -10}"))).containsExactly("21: A tier's rate cannot be negative (it is -10).");
        assertThat(problems(STANDARD.replace("currency: USD\n", ""))).containsExactly("10: Give the plan's currency as a code such as USD or EUR ('currency').");
        assertThat(problems(STANDARD.replace("currency: USD", "currency: dollars")))
                .containsExactly("11: 'dollars' is not a currency code; use one such as USD, EUR or GBP.");
        assertThat(problems(STANDARD.replace("{kpi: demos, weight: 50}", "{kpi: demos, weight: 40}")))
                .containsExactly("28: The KPIs' weights add up to 90%; they must add up to 100%.");
    }

    @Test
    void aBonusSaysOneWayItPaysAndItsStepsGoUp() {
        assertThat(problems(STANDARD.replace("    steps:\n      - {at: 80, pays: 50}\n      - {at: 100, pays: 100}\n", "")))
                .containsExactly("25: Say how the bonus pays: steps, linear or per-unit.");
        assertThat(problems(STANDARD.replace("{at: 100, pays: 100}", "{at: 70, pays: 100}")))
                .containsExactly("33: Steps go up: 70% comes after 80%.");
    }

    @Test
    void textThatIsNotYamlIsRefusedAtTheLineTheParserStopped() {
        assertThat(problems("name: Plan\ncurrency: [USD\n")).singleElement().satisfies(p -> assertThat(p).startsWith("12: This is not valid YAML"));
        assertThat(problems("")).containsExactly("10: The plan block is empty: give at least a name, a currency and an effective date.");
        assertThat(problems("just words")).containsExactly("10: Write the plan as fields, one \"name: value\" per line.");
    }

    @Test
    void amountsAreWrittenAsPlainNumbers() {
        assertThat(problems(STANDARD.replace("quota: 480000", "quota: $480,000")))
                .containsExactly("17: Write the plan year's quota as a plain number such as 480000 or 12.5, not '$480,000'.");
    }

    @Test
    void aKpiKeyThatNamesNoDefinedKpiIsRefusedAtItsLineWhenKeysAreChecked() {
        java.util.Set<String> defined = java.util.Set.of("pipeline", "demos", "calls");
        assertThat(PlanParser.parse(STANDARD, 10, defined).problems()).isEmpty();
        String misspelt = STANDARD.replace("{kpi: demos, weight: 50}", "{kpi: demoz, weight: 50}");
        assertThat(PlanParser.parse(misspelt, 10, defined).problems()).singleElement()
                .satisfies(p -> assertThat(p.line() + ": " + p.message()).isEqualTo("30: 'demoz' is not a KPI defined in Goose, so it would pay"
                        + " nothing. Use one of its keys: calls, demos, pipeline."));
        String alone = STANDARD.replace("      - {kpi: pipeline, weight: 50}\n      - {kpi: demos, weight: 50}\n", "      - meetings\n");
        assertThat(PlanParser.parse(alone, 10, defined).problems()).extracting(PlanProblem::line).containsExactly(29);
        // Versions already published are read without the check: a KPI switched off later leaves them readable.
        assertThat(PlanParser.parse(misspelt, 10).problems()).isEmpty();
    }

    private static java.util.List<String> problems(String yaml) {
        return PlanParser.parse(yaml, 10).problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }
}

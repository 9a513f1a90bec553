package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SPIFFs: each event paid in the order events happened, everyone's together, while the per-person limit and the budget last. */
@Tag("unit")
class SpiffTest {

    static final Currency USD = Currency.getInstance("USD");

    static final Spiff PUSH = new Spiff("Year-end push", LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), Spiff.Event.DEAL_WON,
            null, new BigDecimal("250"), new BigDecimal("600"), new BigDecimal("1000"));

    static Spiff.Occurrence won(long person, String at, long deal) {
        Instant instant = Instant.parse(at);
        return new Spiff.Occurrence(person, instant, LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC), deal, "Deal " + deal);
    }

    @Test
    void eventsArePaidInOrderUntilThePersonsLimitThenTheBudgetAndTheLinesSayWhich() {
        // A limit of $600 a person and $1,000 for everyone; the deal of November 30 is before the SPIFF and earns nothing.
        List<Spiff.Paid> paid = PUSH.allocate(List.of(won(1, "2026-12-02T10:00:00Z", 11), won(2, "2026-12-03T10:00:00Z", 21),
                won(1, "2026-12-04T10:00:00Z", 12), won(1, "2026-12-05T10:00:00Z", 13), won(2, "2026-12-06T10:00:00Z", 22),
                won(1, "2026-11-30T10:00:00Z", 10)), USD);
        // 11: 250 (250 spent), 21: 250 (500), 12: 250 (750), 13: 100 of person 1's limit (850), 22: 150 left of the budget (1,000)
        assertThat(paid).extracting(p -> p.occurrence().dealId() + "=" + p.amount().toPlainString())
                .containsExactly("11=250.00", "21=250.00", "12=250.00", "13=100.00", "22=150.00");
        assertThat(paid.stream().map(Spiff.Paid::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000.00");
        assertThat(PUSH.line(paid.get(0), USD).formula()).isEqualTo("Year-end push (SPIFF, $250.00 for each deal won from 2026-12-01 to"
                + " 2026-12-31): Deal 11, won on 2026-12-02");
        assertThat(PUSH.line(paid.get(3), USD).formula()).endsWith("Deal 13, won on 2026-12-05: $100.00, what was left of the limit of"
                + " $600.00 a person");
        assertThat(PUSH.line(paid.get(4), USD).formula()).endsWith(": $150.00, what was left of the budget of $1,000.00 for everyone");
        List<Spiff.Paid> after = PUSH.allocate(List.of(won(1, "2026-12-02T10:00:00Z", 11), won(1, "2026-12-03T10:00:00Z", 12),
                won(1, "2026-12-04T10:00:00Z", 13), won(1, "2026-12-05T10:00:00Z", 14)), USD);
        assertThat(PUSH.line(after.get(3), USD).formula()).endsWith(": nothing, the limit of $600.00 a person was reached before it");
    }

    @Test
    void eventsAtTheSameInstantGoByPersonAndASpiffWithoutLimitsPaysEveryOne() {
        Spiff open = new Spiff("Demo drive", LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-15"), Spiff.Event.STAGE, "demo",
                new BigDecimal("75.5"), null, null);
        List<Spiff.Paid> paid = open.allocate(List.of(won(2, "2026-12-02T10:00:00Z", 21), won(1, "2026-12-02T10:00:00Z", 11),
                won(1, "2026-12-16T10:00:00Z", 12)), USD);
        assertThat(paid).extracting(p -> p.occurrence().personId() + ":" + p.amount().toPlainString()).containsExactly("1:75.50", "2:75.50");
        assertThat(open.line(paid.get(0), USD).formula()).isEqualTo("Demo drive (SPIFF, $75.50 for each deal entering demo from 2026-12-01"
                + " to 2026-12-15): Deal 11, entered demo on 2026-12-02");
    }

    @Test
    void aSpiffIsReadFromThePlanAndAWrongOneIsRefusedAtItsLine() {
        String spiff = "spiff:\n  - name: Push\n    from: 2026-12-01\n    to: 2026-12-31\n    each: deal-won\n    pipeline: sales\n"
                + "    amount: 250\n    per-person: 1000\n    budget: 5000\n";
        PlanParser.Parsed parsed = PlanParser.parse(PlanParserTest.STANDARD + spiff, 1);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.plan().spiffs()).singleElement().satisfies(s -> {
            assertThat(s.qualifier()).isEqualTo("sales");
            assertThat(s.budget()).isEqualByComparingTo("5000");
        });
        assertThat(problems(spiff.replace("to: 2026-12-31", "to: 2026-11-30"))).containsExactly("28: A SPIFF ends on or after its first day:"
                + " 2026-11-30 is before 2026-12-01.");
        assertThat(problems(spiff.replace("each: deal-won", "each: demo"))).containsExactly("29: 'each' is deal-won (each deal won, in a"
                + " 'pipeline' or any), stage (each deal entering a 'stage') or kpi (each unit of a 'kpi' recorded, such as each demo held),"
                + " not 'demo'.");
        assertThat(problems(spiff.replace("each: deal-won\n    pipeline: sales", "each: stage"))).containsExactly("26: Name the stage by its key"
                + " ('stage'), such as demo.");
        assertThat(problems(spiff.replace("amount: 250", "amount: -5"))).hasSize(1);
    }

    private static List<String> problems(String spiff) {
        return PlanParser.parse(PlanParserTest.STANDARD + spiff, 1).problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void aSpiffOnAKpiPaysEachUnitRecordedAndItsBudgetByTheDayOfEachEntry() {
        Spiff demos = new Spiff("Demo sprint", LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), Spiff.Event.KPI, "demos-held",
                new BigDecimal("25"), null, new BigDecimal("100"));
        // Person 1 records 3 demos for December 2, person 2 records 2 for December 3: 75.00, then the 25.00 left of the budget.
        List<Spiff.Paid> paid = demos.allocate(List.of(entry(2, "2026-12-03", 8, "2"), entry(1, "2026-12-02", 7, "3"),
                entry(1, "2026-11-30", 6, "4")), USD);
        assertThat(paid).extracting(p -> p.occurrence().personId() + " " + p.amount().toPlainString()).containsExactly("1 75.00", "2 25.00");
        assertThat(demos.line(paid.get(0), USD).formula()).isEqualTo("Demo sprint (SPIFF, $25.00 for each demos-held from 2026-12-01 to"
                + " 2026-12-31): 3 on 2026-12-02 at $25.00 each");
        assertThat(demos.line(paid.get(1), USD).formula()).isEqualTo("Demo sprint (SPIFF, $25.00 for each demos-held from 2026-12-01 to"
                + " 2026-12-31): 2 on 2026-12-03 at $25.00 each: $25.00, what was left of the budget of $100.00 for everyone");
    }

    @Test
    void aSpiffOnAKpiNamesAKpiGooseDefinesAndNoStageOrPipeline() {
        String spiff = "spiff:\n  - name: Demos\n    from: 2026-12-01\n    to: 2026-12-31\n    each: kpi\n    kpi: demos-held\n    amount: 25\n";
        PlanParser.Parsed parsed = PlanParser.parse(PlanParserTest.STANDARD + spiff, 1, java.util.Set.of("demos-held", "pipeline", "demos"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.plan().spiffs()).singleElement().satisfies(s -> assertThat(s.each()).isEqualTo(Spiff.Event.KPI));
        assertThat(PlanParser.parse(PlanParserTest.STANDARD + spiff.replace("demos-held", "demoes"), 1, java.util.Set.of("demos-held", "pipeline", "demos"))
                .problems()).extracting(PlanProblem::message).containsExactly("'demoes' is not a KPI defined in Goose, so it would pay nothing."
                        + " Use one of its keys: demos, demos-held, pipeline.");
        assertThat(problems(spiff.replace("    kpi: demos-held\n", ""))).containsExactly("26: Name the activity KPI by its key ('kpi'),"
                + " such as demos-held.");
        assertThat(problems(spiff.replace("    kpi: demos-held\n", "    kpi: demos-held\n    stage: demo\n")))
                .containsExactly("31: A SPIFF on a KPI counts what is recorded for it: leave 'stage' out.");
        assertThat(problems(spiff.replace("each: kpi", "each: deal-won"))).containsExactly("30: Only a SPIFF with each: kpi names a KPI.");
    }

    static Spiff.Occurrence entry(long person, String day, long id, String units) {
        LocalDate on = LocalDate.parse(day);
        return new Spiff.Occurrence(person, on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), on, id, null, null, new BigDecimal(units));
    }
}

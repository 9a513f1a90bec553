package dev.goose.incentive;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.goose.incentive.plan.PlanBlock;
import dev.goose.incentive.plan.PlanParser;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.board.KpiResults;
import dev.goose.people.People;
import dev.goose.people.Person;
import dev.goose.pipeline.Deals;
import dev.goose.playbook.Playbooks;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestKpis;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What pay reads through other features' doors: every version's plan block, the deals a rep won, a rep's KPI results. */
@QuarkusTest
class PayDoorsTest {

    @Inject
    KpiResults kpis;

    @Test
    void everyPublishedVersionsPlanBlockIsReadWithItsVersionAndLine() {
        Person manager = aManager().create();
        String first = PlanInPlaybookTest.PLAN.formatted(System.nanoTime());
        String slug = as(manager).body(Map.of("markdown", first)).post("/api/v1/playbooks").then().statusCode(201).extract().path("slug");
        as(manager).body(Map.of("markdown", first, "baseVersion", 0, "note", "the plan")).post("/api/v1/playbooks/" + slug + "/versions")
                .then().statusCode(201);
        as(manager).body(Map.of("markdown", first.replace("base: 3000", "base: 3100"), "baseVersion", 1, "note", "a raise"))
                .post("/api/v1/playbooks/" + slug + "/versions").then().statusCode(201);

        List<Playbooks.VersionBlock> blocks = QuarkusTransaction.requiringNew()
                .call(() -> Playbooks.blocksOf(Playbooks.idOf(slug).orElseThrow(), PlanBlock.INFO));
        assertThat(blocks).extracting(b -> b.version().number()).containsExactly(1, 2);
        assertThat(blocks).extracting(b -> b.source().firstLine()).containsExactly(4, 4);
        assertThat(blocks).extracting(b -> PlanParser.parse(b.source().content(), b.source().firstLine()).plan().base().toPlainString())
                .containsExactly("3000.00", "3100.00");
    }

    @Test
    void theDealsARepWonAreListedInTheOrderTheyClosedAndOpenOnesAreNot() {
        Person rep = aRep().create();
        int won = TestDeals.create(rep, TestDeals.deal("Won deal"));
        TestDeals.create(rep, TestDeals.deal("Open deal"));
        as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + won + "/close").then().statusCode(200);

        Instant now = TestClock.now();
        List<Deals.WonDeal> deals = QuarkusTransaction.requiringNew()
                .call(() -> Deals.wonBy(rep.id, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))));
        assertThat(deals).extracting(Deals.WonDeal::name).containsExactly("Won deal");
        assertThat(deals.get(0).amount()).isEqualByComparingTo("12500.50");
        assertThat(deals.get(0).currency()).isEqualTo("EUR");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Deals.wonBy(rep.id, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)))))
                .isEmpty();
    }

    @Test
    void aRepsKpiResultsComeWithTheTargetOfThePeriodAndUnknownKeysAreLeftOut() {
        Person rep = aRep().create();
        LocalDate today = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC);
        TestKpis.target(rep, "calls", PeriodKind.MONTH, today.withDayOfMonth(1), "100");
        TestKpis.measure(rep, "calls", today, "7");

        Map<String, KpiResults.Result> results = QuarkusTransaction.requiringNew()
                .call(() -> kpis.of(People.byId(rep.id).orElseThrow(), List.of("calls", "no-such-kpi"), PeriodKind.MONTH, today));
        assertThat(results).containsOnlyKeys("calls");
        assertThat(results.get("calls").actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
        assertThat(results.get("calls").target()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    }
}

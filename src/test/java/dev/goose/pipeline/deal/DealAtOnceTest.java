package dev.goose.pipeline.deal;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.playbook.Playbook;
import dev.goose.testing.AtOnce;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A deal opened or ticked several times at once (tabs, double clicks, nodes) does it once and fails
 * none: recording which version of a script a person saw is part of reading, never an error.
 */
@QuarkusTest
class DealAtOnceTest {

    @Test
    void theSameGuideSeenFirstBySeveralRequestsAtOnceIsRecordedOnceAndFailsNone() throws Exception {
        Person rep = aRep().create();
        Long playbook = QuarkusTransaction.requiringNew().call(() -> Playbook.bySlug("sales/stages").orElseThrow().id);
        List<Integer> before = AtOnce.run(8, () -> QuarkusTransaction.requiringNew()
                .call(() -> GuideSeen.seeNow(rep.id, playbook, "at-once", 3, Instant.now())));
        assertThat(before).containsOnlyNulls();
        assertThat(seenRows(rep, "at-once")).isEqualTo(1);

        List<Integer> afterAChange = AtOnce.run(8, () -> QuarkusTransaction.requiringNew()
                .call(() -> GuideSeen.seeNow(rep.id, playbook, "at-once", 4, Instant.now())));
        assertThat(afterAChange).allSatisfy(version -> assertThat(version).isIn(3, null)).contains(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> GuideSeen.seeNow(rep.id, playbook, "at-once", 4, Instant.now()))).isNull();
        assertThat(seenRows(rep, "at-once")).isEqualTo(1);
    }

    @Test
    void theSameDealPageOpenedSeveralTimesAtOnceOpensEveryTime() throws Exception {
        Person rep = aRep().create();
        int id = TestDeals.create(rep, TestDeals.deal("Opened in many tabs"));
        PageSession page = PageSession.signedIn(rep);
        List<Integer> statuses = AtOnce.run(8, () -> page.get("/deals/" + id).statusCode());
        assertThat(statuses).containsOnly(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> GuideSeen.count("personId", rep.id))).isPositive();
    }

    @Test
    void theSameExitItemTickedSeveralTimesAtOnceIsTickedOnceAndFailsNone() throws Exception {
        Person rep = aRep().create();
        int id = TestDeals.create(rep, TestDeals.deal("Double clicked"));
        String item = as(rep).get("/api/v1/deals/" + id + "/guides").then().statusCode(200).extract()
                .path("guides.find { it.playbook == 'sales/stages' }.items[0].id");
        List<Integer> statuses = AtOnce.run(6, () -> as(rep).body(Map.of("playbook", "sales/stages", "item", item, "done", true))
                .put("/api/v1/deals/" + id + "/ticks").statusCode());
        assertThat(statuses).containsOnly(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> DealTick.count("dealId = ?1 and itemKey = ?2", (long) id, item)))
                .isEqualTo(1);
    }

    private static long seenRows(Person rep, String anchor) {
        return QuarkusTransaction.requiringNew().call(() -> GuideSeen.count("personId = ?1 and anchor = ?2", rep.id, anchor));
    }
}

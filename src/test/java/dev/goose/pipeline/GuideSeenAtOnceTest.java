package dev.goose.pipeline;

import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.playbook.Playbook;
import dev.goose.testing.AtOnce;
import dev.goose.testing.PageSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Recording which version of a script a person saw is part of reading a deal: it never fails a read. */
@QuarkusTest
class GuideSeenAtOnceTest {

    @Test
    void theSameGuideSeenFirstBySeveralRequestsAtOnceIsRecordedOnceAndFailsNone() throws Exception {
        Person rep = aRep().create();
        Long playbook = QuarkusTransaction.requiringNew().call(() -> Playbook.bySlug("sales/stages").orElseThrow().id);
        List<Integer> before = AtOnce.run(8, () -> QuarkusTransaction.requiringNew()
                .call(() -> GuideSeen.seeNow(rep.id, playbook, "at-once", 3)));
        assertThat(before).containsOnlyNulls();
        assertThat(seenRows(rep, "at-once")).isEqualTo(1);

        List<Integer> afterAChange = AtOnce.run(8, () -> QuarkusTransaction.requiringNew()
                .call(() -> GuideSeen.seeNow(rep.id, playbook, "at-once", 4)));
        assertThat(afterAChange).allSatisfy(version -> assertThat(version).isIn(3, null)).contains(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> GuideSeen.seeNow(rep.id, playbook, "at-once", 4))).isNull();
        assertThat(seenRows(rep, "at-once")).isEqualTo(1);
    }

    @Test
    void theSameDealPageOpenedSeveralTimesAtOnceOpensEveryTime() throws Exception {
        Person rep = aRep().create();
        int id = DealApiTest.create(rep, DealApiTest.deal("Opened in many tabs"));
        PageSession page = PageSession.signedIn(rep);
        List<Integer> statuses = AtOnce.run(8, () -> page.get("/deals/" + id).statusCode());
        assertThat(statuses).containsOnly(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> GuideSeen.count("personId", rep.id))).isPositive();
    }

    private static long seenRows(Person rep, String anchor) {
        return QuarkusTransaction.requiringNew().call(() -> GuideSeen.count("personId = ?1 and anchor = ?2", rep.id, anchor));
    }
}

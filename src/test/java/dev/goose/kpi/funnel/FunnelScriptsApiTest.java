package dev.goose.kpi.funnel;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestFunnel.enteredGuides;
import static dev.goose.testing.TestFunnel.guideVersions;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestFunnel;
import io.quarkus.test.junit.QuarkusTest;

/** Script effectiveness, and the guide versions stage changes keep so that it can be told. */
@QuarkusTest
class FunnelScriptsApiTest {

    private Person manager;
    private Team team;
    private Person rep;
    private TestFunnel f;

    @BeforeEach
    void aRepOnATeamAndAPipelineOfItsOwn() {
        manager = aManager().create();
        team = aTeamLedBy(manager);
        rep = aRep().onTeam(team).create();
        f = TestFunnel.aPipeline(manager);
    }

    @Test
    void everyRecordedMoveAndNewDealKeepsTheGuidesOfTheStageEnteredAsTheyWereThen() {
        String slug = TestFunnel.guideFor(manager, f.second, "Ask for the budget.");
        int moved = f.deal(rep, f.second, f.third);
        Map<String, Object> body = TestDeals.deal("Starts in the second stage");
        body.put("pipeline", f.pipeline);
        body.put("stage", f.second);
        int created = TestDeals.create(rep, body);
        TestFunnel.publishGuide(manager, slug, f.second, "Ask for the budget and the deadline.", 1);
        as(rep).body(Map.of("stage", f.second)).post("/api/v1/deals/" + moved + "/stage").then().statusCode(200);

        assertThat(enteredGuides(moved)).containsExactly("", slug + "@1", "", slug + "@2");
        assertThat(guideVersions(moved)).containsExactly("", "", slug + "@1", "");
        assertThat(enteredGuides(created)).containsExactly(slug + "@1");
    }

    @Test
    void conversionOutOfAStageIsSplitByTheScriptVersionMetOnEnteringItWithCounts() {
        String slug = TestFunnel.guideFor(manager, f.second, "Version one.");
        f.deal(rep, f.second, f.third);
        f.deal(rep, f.second, "lost");
        TestFunnel.publishGuide(manager, slug, f.second, "Version two.", 1);
        f.deal(rep, f.second, "won");
        f.deal(rep, f.second, f.third);
        f.deal(rep, f.second);
        f.deal(rep);

        as(manager).get("/api/v1/reports/script-effectiveness?pipeline=" + f.pipeline + "&stage=" + f.second + "&team=" + team.id)
                .then().statusCode(200)
                .body("stage", equalTo(f.second)).body("stageName", equalTo("Stage " + f.second))
                .body("versions.version", contains(slug + "@1", slug + "@2"))
                .body("versions.deals", contains(2, 3))
                .body("versions.advanced", contains(1, 2))
                .body("versions[0].conversion", equalTo(0.5f))
                .body("versions.conversionDisplay", contains("50%", "67%"));
        as(rep).get("/api/v1/reports/script-effectiveness?pipeline=" + f.pipeline).then().statusCode(200)
                .body("stage", equalTo(f.first))
                .body("versions.version", contains("no script")).body("versions.deals", contains(6))
                .body("versions.advanced", contains(5));
    }
}

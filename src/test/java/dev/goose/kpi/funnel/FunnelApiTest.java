package dev.goose.kpi.funnel;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestFunnel.retime;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.pipeline.deal.Deal;
import dev.goose.testing.TestFunnel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class FunnelApiTest {

    private Person manager;
    private Team team;
    private Person rep;
    private Person teammate;
    private TestFunnel f;

    @BeforeEach
    void aTeamWithTwoRepsAndAPipelineOfItsOwn() {
        manager = aManager().create();
        team = aTeamLedBy(manager);
        rep = aRep().onTeam(team).create();
        teammate = aRep().onTeam(team).create();
        f = TestFunnel.aPipeline(manager);
    }

    private ValidatableResponse funnel(Person viewer, String query) {
        return as(viewer).get("/api/v1/reports/funnel?pipeline=" + f.pipeline + query).then();
    }

    /**
     * Four deals: one goes all the way, one is lost in the second stage, one is lost in the first,
     * one still sits in the second. A deal of someone off the team does not count.
     */
    private void fourDealsWithKnownHistories() {
        retime(f.deal(rep, f.second, f.third, "won"), 0, 2, 5, 9);
        retime(f.deal(teammate, f.second, "lost"), 0, 4, 10);
        retime(f.deal(rep, "lost"), 0, 3);
        retime(f.deal(teammate, f.second), 0, 1);
        f.deal(aRep().create(), f.second, f.third);
    }

    @Test
    void aTeamsFunnelGivesConversionToLaterStagesTimeInStageAndTheBiggestDrop() {
        fourDealsWithKnownHistories();

        funnel(manager, "&team=" + team.id).statusCode(200)
                .body("stages.stage", contains(f.first, f.second, f.third, "won"))
                .body("stages.name", contains("Stage " + f.first, "Stage " + f.second, "Stage " + f.third, "Won"))
                .body("stages.entered", contains(4, 3, 1, 1))
                .body("stages.advanced", contains(3, 1, 1, 0))
                .body("stages[0].conversion", equalTo(0.75f))
                .body("stages.conversionDisplay", contains("75%", "33%", "100%", ""))
                .body("stages[3].conversion", nullValue())
                .body("stages[0].medianDays", equalTo(2.5f)).body("stages[0].averageDays", equalTo(2.5f))
                .body("stages[1].medianDays", equalTo(4.5f)).body("stages[1].averageDays", equalTo(4.5f))
                .body("stages[2].medianDays", equalTo(4)).body("stages[3].medianDays", nullValue())
                .body("biggestDrop", equalTo(f.second))
                .body("scope", equalTo(team.name));
    }

    @Test
    void aRepSeesOnlyTheirOwnDealsAndNobodyElsesTeamOrPerson() {
        fourDealsWithKnownHistories();

        funnel(rep, "").statusCode(200).body("stages.entered", contains(2, 1, 1, 1)).body("stages.advanced", contains(1, 1, 1, 0));
        funnel(rep, "&person=" + rep.id).statusCode(200).body("stages.entered", contains(2, 1, 1, 1));
        funnel(rep, "&person=" + teammate.id).statusCode(404);
        funnel(rep, "&team=" + team.id).statusCode(404);
        funnel(manager, "&person=" + teammate.id).statusCode(200).body("stages.entered", contains(2, 2, 0, 0));
        funnel(manager, "").statusCode(200).body("stages.entered", contains(4, 3, 1, 1));
        funnel(anAdmin().create(), "&team=" + team.id).statusCode(200).body("stages.entered", contains(4, 3, 1, 1));
    }

    @Test
    void aManagerOfAnotherTeamFindsNeitherTheTeamNorItsPeople() {
        fourDealsWithKnownHistories();
        Person other = aManager().create();
        aTeamLedBy(other);

        funnel(other, "&team=" + team.id).statusCode(404);
        funnel(other, "&person=" + rep.id).statusCode(404);
        as(other).get("/api/v1/reports/script-effectiveness?pipeline=" + f.pipeline + "&team=" + team.id).then().statusCode(404);
        funnel(other, "").statusCode(200).body("stages.entered", contains(0, 0, 0, 0)).body("biggestDrop", nullValue())
                .body("stages[0].conversionDisplay", equalTo("no deals"));
    }

    @Test
    void onlyDealsCreatedInTheRangeCountByDefaultTheLast90Days() {
        int old = f.deal(rep, f.second);
        f.deal(rep);
        QuarkusTransaction.requiringNew().run(() -> Deal.<Deal>findById((long) old).createdAt = Instant.now().minus(Duration.ofDays(120)));
        LocalDate today = LocalDate.now(team.zone());

        funnel(rep, "").statusCode(200).body("stages[0].entered", equalTo(1))
                .body("from", equalTo(today.minusDays(89).toString())).body("to", equalTo(today.toString()));
        funnel(rep, "&from=" + today.minusDays(200) + "&to=" + today).statusCode(200).body("stages[0].entered", equalTo(2));
        funnel(rep, "&from=" + today.minusDays(200) + "&to=" + today.minusDays(100)).statusCode(200)
                .body("stages.entered", contains(1, 1, 0, 0));
    }

    @Test
    void badDatesAnUnknownPipelineOrStageAreRefusedByField() {
        as(rep).get("/api/v1/reports/funnel?from=yesterday&to=2027-02-30").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("from", "to"));
        as(rep).get("/api/v1/reports/funnel?from=2027-03-01&to=2027-02-01").then().statusCode(400).body("field", equalTo("to"));
        as(rep).get("/api/v1/reports/funnel?pipeline=no-such-pipeline").then().statusCode(400).body("field", equalTo("pipeline"));
        as(rep).get("/api/v1/reports/funnel?team=north").then().statusCode(400).body("field", equalTo("team"));
        as(rep).get("/api/v1/reports/script-effectiveness?pipeline=" + f.pipeline + "&stage=lost").then().statusCode(400)
                .body("field", equalTo("stage"));
        as(rep).get("/api/v1/reports/script-effectiveness?pipeline=" + f.pipeline + "&stage=nowhere").then().statusCode(400)
                .body("field", equalTo("stage"));
    }

    @Test
    void aRetiredStageIsLeftOutAndDealsThatPassedThroughItStillAdvance() {
        retime(f.deal(rep, f.second, f.third), 0, 1, 3);
        retime(f.deal(rep, f.second, "lost"), 0, 1, 3);
        Map<String, Object> body = f.builder.body();
        ((List<?>) body.get("stages")).removeIf(stage -> f.second.equals(((Map<?, ?>) stage).get("key")));
        as(manager).body(body).put("/api/v1/pipelines/" + f.pipeline).then().statusCode(200);

        funnel(rep, "").statusCode(200).body("stages.stage", contains(f.first, f.third, "won"))
                .body("stages.entered", contains(2, 1, 0)).body("stages.advanced", contains(1, 0, 0))
                .body("stages[0].medianDays", equalTo(1));
    }
}

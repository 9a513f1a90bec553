package dev.goose.pipeline.stage;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestDeals.inPipeline;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static dev.goose.testing.TestPipelines.aPipeline;
import static dev.goose.testing.TestPipelines.stage;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.junit.QuarkusTest;

/** The pipeline API: managers create and shape pipelines; deals live in one pipeline each. */
@QuarkusTest
class PipelineTest {

    @Test
    void aManagerCreatesAPipelineWhoseKeyIsMadeFromItsName() {
        Person manager = aManager().create();
        Map<String, Object> body = aPipeline().withOpenStage("intro", 10).withOpenStage("trial", 40).body();
        body.remove("key");
        body.put("name", "Renewals " + System.nanoTime());
        String key = as(manager).body(body).post("/api/v1/pipelines").then().statusCode(201)
                .header("Location", containsString("/api/v1/pipelines/renewals-"))
                .body("isDefault", equalTo(false))
                .body("stages.key", equalTo(List.of("intro", "trial", "won", "lost")))
                .body("stages.position", equalTo(List.of(1, 2, 3, 4)))
                .body("stages.find { it.key == 'won' }.stallDays", equalTo(null)).extract().path("key");
        int id = as(aRep().create()).get("/api/v1/pipelines/" + key).then().statusCode(200).extract().path("id");
        as(aRep().create()).get("/api/v1/pipelines/" + id).then().statusCode(200).body("key", equalTo(key));
        as(manager).body(body).post("/api/v1/pipelines").then().statusCode(400).body("field", equalTo("name"));
        as(aRep().create()).body(body).post("/api/v1/pipelines").then().statusCode(403);
        as(manager).get("/api/v1/pipelines/no-such-pipeline").then().statusCode(404);
    }

    @Test
    void badStagesAreReportedByTheirPlaceAndNothingIsStored() {
        Person manager = aManager().create();
        Map<String, Object> body = aPipeline().body();
        body.put("exitRule", "sometimes");
        body.put("stages", List.of(stage("lead", "Lead", 10, "open", 14), stage("won", "Won", 100, "won", null),
                stage("Bad Key", "", 120, "open", 0)));
        as(manager).body(body).post("/api/v1/pipelines").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("exitRule", "stages[2].key", "stages[2].name", "stages[2].winProbability",
                        "stages[2].stallDays", "stages[2].outcome", "stages"))
                .body("errors.find { it.field == 'stages' }.message", containsString("lost stage"));
        as(manager).get("/api/v1/pipelines/" + body.get("key")).then().statusCode(404);
    }

    @Test
    void aManagerRenamesAddsRemovesAndReordersStagesInOneGo() {
        Person manager = aManager().create();
        String key = aPipeline().withOpenStage("intro", 10).withOpenStage("demo", 30).withOpenStage("trial", 50).create(manager);
        Map<String, Object> body = aPipeline().body();
        body.put("name", "Reshaped " + key);
        body.put("exitRule", "refuse");
        body.put("stages", List.of(stage("trial", "Paid trial", 60, "open", 7), stage("intro", "Intro", 10, "open", null),
                stage("proposal", "Proposal", 70, "open", 21), stage("lost", "Lost", 0, "lost", null),
                stage("won", "Won", 100, "won", null)));
        body.remove("key");
        as(manager).body(body).put("/api/v1/pipelines/" + key).then().statusCode(200)
                .body("name", equalTo("Reshaped " + key)).body("exitRule", equalTo("refuse"))
                .body("stages.key", equalTo(List.of("trial", "intro", "proposal", "lost", "won")))
                .body("stages.find { it.key == 'trial' }.name", equalTo("Paid trial"))
                .body("stages.find { it.key == 'intro' }.stallDays", equalTo(null));
        body.put("key", "another-key");
        as(manager).body(body).put("/api/v1/pipelines/" + key).then().statusCode(400).body("field", equalTo("key"));
        as(aRep().create()).body(body).put("/api/v1/pipelines/" + key).then().statusCode(403);
    }

    @Test
    void removingAStageWithDealsIsRefusedWithHowManyAndNothingIsHalfSaved() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        String key = aPipeline().withOpenStage("intro", 10).withOpenStage("demo", 30).create(manager);
        int first = TestDeals.create(rep, inPipeline(key, "First"));
        int second = TestDeals.create(rep, inPipeline(key, "Second"));
        for (int deal : List.of(first, second)) {
            as(rep).body(Map.of("stage", "demo")).post("/api/v1/deals/" + deal + "/stage").then().statusCode(200);
        }
        Map<String, Object> withoutDemo = aPipeline().withOpenStage("intro", 15).body();
        withoutDemo.remove("key");
        withoutDemo.put("name", "Changed " + key);
        as(manager).body(withoutDemo).put("/api/v1/pipelines/" + key).then().statusCode(400)
                .body("field", equalTo("stages"))
                .body("detail", containsString("2 deals are still in Stage demo (demo)"));
        as(manager).get("/api/v1/pipelines/" + key).then().body("name", equalTo("Pipeline " + key))
                .body("stages.key", hasItem("demo")).body("stages.find { it.key == 'intro' }.winProbability", equalTo(10));

        as(rep).body(Map.of("stage", "intro")).post("/api/v1/deals/" + first + "/stage").then().statusCode(200);
        as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + second + "/close").then().statusCode(200);
        as(manager).body(withoutDemo).put("/api/v1/pipelines/" + key).then().statusCode(200)
                .body("stages.key", not(hasItem("demo")));
        as(rep).get("/api/v1/deals/" + first + "/history").then().statusCode(200)
                .body("[0].from", equalTo("Stage demo")).body("[0].to", equalTo("Stage intro"));
        as(rep).body(Map.of("stage", "demo")).post("/api/v1/deals/" + first + "/stage").then().statusCode(400)
                .body("field", equalTo("stage"));
    }

    @Test
    void aRemovedStagesKeyAddedAgainBringsTheSameStageBack() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        String key = aPipeline().withOpenStage("intro", 10).withOpenStage("demo", 30).create(manager);
        int deal = TestDeals.create(rep, inPipeline(key, "Passing through"));
        as(rep).body(Map.of("stage", "demo")).post("/api/v1/deals/" + deal + "/stage").then().statusCode(200);
        as(rep).body(Map.of("stage", "intro")).post("/api/v1/deals/" + deal + "/stage").then().statusCode(200);
        Map<String, Object> body = aPipeline().withOpenStage("intro", 10).body();
        body.put("key", key);
        body.put("name", "Pipeline " + key);
        as(manager).body(body).put("/api/v1/pipelines/" + key).then().statusCode(200);
        body.put("stages", List.of(stage("intro", "Intro", 10, "open", null), stage("demo", "Demo again", 35, "open", null),
                stage("won", "Won", 100, "won", null), stage("lost", "Lost", 0, "lost", null)));
        as(manager).body(body).put("/api/v1/pipelines/" + key).then().statusCode(200).body("stages.key", hasItem("demo"));
        as(rep).get("/api/v1/deals/" + deal + "/history").then().body("to", hasItem("Demo again"));
    }

    @Test
    void aStageWithDealsKeepsItsOutcome() {
        Person manager = aManager().create();
        String key = aPipeline().withOpenStage("intro", 10).create(manager);
        TestDeals.create(aRep().create(), inPipeline(key, "Open one"));
        Map<String, Object> body = aPipeline().body();
        body.put("key", key);
        body.put("name", "Pipeline " + key);
        body.put("stages", List.of(stage("next", "Next", 10, "open", null), stage("intro", "Intro", 100, "won", null),
                stage("lost", "Lost", 0, "lost", null)));
        as(manager).body(body).put("/api/v1/pipelines/" + key).then().statusCode(400)
                .body("field", equalTo("stages[1].outcome")).body("detail", containsString("stays open"));
    }

    @Test
    void aDealLivesInTheSecondPipelineAndMovesOnlyWithinIt() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        String key = aPipeline().withOpenStage("intro", 10).withOpenStage("pilot", 45).create(manager);
        int id = TestDeals.create(rep, inPipeline(key, "Second pipeline deal"));
        as(rep).get("/api/v1/deals/" + id).then().body("pipeline", equalTo(key)).body("stage", equalTo("intro"));
        as(rep).body(Map.of("stage", "demo")).post("/api/v1/deals/" + id + "/stage").then().statusCode(400)
                .body("field", equalTo("stage")).body("detail", containsString("pilot"));
        as(rep).body(Map.of("stage", "pilot")).post("/api/v1/deals/" + id + "/stage").then().statusCode(200)
                .body("deal.stage", equalTo("pilot"));
        as(rep).body(Map.of("won", false, "reason", "Went elsewhere")).post("/api/v1/deals/" + id + "/close").then().statusCode(200)
                .body("deal.stage", equalTo("lost"));
        as(rep).get("/api/v1/deals?pipeline=" + key + "&closed=true").then().body("id", equalTo(List.of(id)));
        int other = TestDeals.create(rep, TestDeals.deal("Default pipeline deal"));
        as(rep).get("/api/v1/deals?pipeline=" + key + "&closed=true").then().body("id", not(hasItem(other)));

        Map<String, Object> moved = TestDeals.deal("Moved across");
        moved.put("pipeline", "b2b-sales");
        as(rep).body(moved).put("/api/v1/deals/" + id).then().statusCode(400).body("field", equalTo("pipeline"));
        Map<String, Object> nowhere = inPipeline("no-such-pipeline", "Lost deal");
        nowhere.put("stage", "intro");
        as(rep).body(nowhere).post("/api/v1/deals").then().statusCode(400).body("field", equalTo("pipeline"));
        Map<String, Object> byId = inPipeline(String.valueOf(pipelineId(rep, key)), "By id");
        byId.put("stage", "pilot");
        as(rep).body(byId).post("/api/v1/deals").then().statusCode(201).body("pipeline", equalTo(key)).body("stage", equalTo("pilot"));
    }

    @Test
    void anyManagerOrAdminMayChooseTheDefaultPipeline() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        String key = aPipeline().withOpenStage("intro", 10).create(aManager().create());
        String before = as(rep).get("/api/v1/pipelines").then().extract().path("find { it.isDefault }.key");
        try {
            as(admin).post("/api/v1/pipelines/" + key + "/default").then().statusCode(200).body("isDefault", equalTo(true));
            as(rep).get("/api/v1/pipelines").then().body("findAll { it.isDefault }.key", equalTo(List.of(key)));
            int id = TestDeals.create(rep, TestDeals.deal("Goes to the new default"));
            as(rep).get("/api/v1/deals/" + id).then().body("pipeline", equalTo(key)).body("stage", equalTo("intro"));
            as(rep).post("/api/v1/pipelines/" + before + "/default").then().statusCode(403);
        } finally {
            as(admin).post("/api/v1/pipelines/" + before + "/default").then().statusCode(200);
        }
    }

    @Test
    void aStageOfANewPipelineShowsThePlaybookSectionsLinkedToItsKey() {
        Person manager = aManager().create();
        String stageKey = "onboard" + System.nanoTime();
        String key = aPipeline().withOpenStage(stageKey, 10).create(manager);
        String slug = TestPlaybook.newPlaybook(manager, "Guide " + stageKey);
        TestPlaybook.publish(manager, slug, "# Guide\n\n## Kick-off {#" + stageKey + " stage=" + stageKey
                + "}\nAgree the plan.\n", 0, 201);
        Person rep = aRep().create();
        int id = TestDeals.create(rep, inPipeline(key, "Guided"));
        as(rep).get("/api/v1/deals/" + id + "/guides").then().statusCode(200)
                .body("guides.html", hasItem(containsString("Agree the plan.")));
    }

    @Test
    void aCsvRowNamesItsPipelineAndItsStageMustBeOneOfIt() {
        Person manager = aManager().create();
        String key = aPipeline().withOpenStage("intro", 10).create(manager);
        String name = "Imported into " + key;
        String csv = "name,account,amount,stage,pipeline\n" + name + ",Acme,5,intro," + key + "\nWrong stage,Acme,5,demo," + key
                + "\nNo pipeline,Acme,5,intro,nowhere\n";
        as(manager).contentType("text/csv").body(csv).post("/api/v1/deals/import").then().statusCode(200)
                .body("errors.collect { it.row + ':' + it.column }", containsInAnyOrder("3:stage", "4:pipeline"));
        String good = "name,account,amount,stage,pipeline\n" + name + ",Acme,5,intro," + key + "\n";
        as(manager).contentType("text/csv").body(good).post("/api/v1/deals/import?apply=true").then().statusCode(200)
                .body("created", equalTo(1));
        as(manager).get("/api/v1/deals?pipeline=" + key).then().body("name", equalTo(List.of(name)));
        as(manager).get("/api/v1/deals/export").then().body(containsString(name + ",Acme,5.00,EUR,intro,"))
                .body(containsString("," + key));
    }

    private static int pipelineId(Person person, String key) {
        return as(person).get("/api/v1/pipelines/" + key).then().extract().path("id");
    }
}

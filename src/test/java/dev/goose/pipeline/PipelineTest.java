package dev.goose.pipeline;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PipelineTest {

    @Test
    void aManagerRenamesAStageAndSetsItsLimitsButKeysStay() {
        Person manager = aManager().create();
        int id = as(manager).get("/api/v1/pipelines").then().extract().path("find { it.isDefault }.id");
        as(manager).body(Map.of("exitRule", "warn", "stages", List.of(Map.of("key", "demo", "name", "Product demo",
                "winProbability", 35, "stallDays", 10)))).put("/api/v1/pipelines/" + id).then().statusCode(200)
                .body("stages.find { it.key == 'demo' }.name", equalTo("Product demo"))
                .body("stages.find { it.key == 'demo' }.stallDays", equalTo(10));
        as(manager).body(Map.of("exitRule", "sometimes", "stages", List.of(Map.of("key", "upsell", "name", "",
                "winProbability", 120)))).put("/api/v1/pipelines/" + id).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("exitRule", "stages[0].key", "stages[0].name",
                        "stages[0].winProbability"));
        as(aRep().create()).body(Map.of("exitRule", "warn")).put("/api/v1/pipelines/" + id).then().statusCode(403);
        as(manager).body(Map.of("exitRule", "warn", "stages", List.of(Map.of("key", "demo", "name", "Demo",
                "winProbability", 30, "stallDays", 21)))).put("/api/v1/pipelines/" + id).then().statusCode(200);
    }

    @Test
    void thePipelinePageSavesTheStages() {
        PageSession session = PageSession.signedIn(aManager().create());
        String page = session.get("/pipelines").then().statusCode(200).body(containsString("Stalled after")).extract().asString();
        String id = page.replaceAll("(?s).*action=\"/pipelines/(\\d+)\".*", "$1");
        session.request().contentType("application/x-www-form-urlencoded").formParam("_csrf", session.csrf())
                .formParam("exitRule", "warn").formParam("key", "prospecting").formParam("name", "Prospecting")
                .formParam("winProbability", "abc").formParam("stallDays", "14")
                .post("/pipelines/" + id).then().statusCode(400).body(containsString("whole percentage"));
        session.request().contentType("application/x-www-form-urlencoded").formParam("_csrf", session.csrf())
                .formParam("exitRule", "warn").formParam("key", "prospecting").formParam("name", "Prospecting")
                .formParam("winProbability", "5").formParam("stallDays", "14")
                .post("/pipelines/" + id).then().statusCode(303);
    }
}

package dev.goose.pipeline.stage;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPipelines.aPipeline;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The pipeline pages work as plain forms: every change is a post of the whole table. */
@QuarkusTest
class PipelinePagesTest {

    /** A row of the stage table as the form posts it. */
    record Row(String kind, String key, String name, String winProbability, String outcome, String stallDays, String order) {
    }

    private static Response post(PageSession session, String path, String name, List<Row> rows, String... more) {
        RequestSpecification form = session.request().contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", session.csrf()).formParam("name", name).formParam("exitRule", "warn");
        for (Row row : rows) {
            form.formParam("kind", row.kind()).formParam("stageKey", row.key()).formParam("stageName", row.name())
                    .formParam("winProbability", row.winProbability()).formParam("outcome", row.outcome())
                    .formParam("stallDays", row.stallDays()).formParam("order", row.order());
        }
        for (int i = 0; i < more.length; i += 2) {
            form.formParam(more[i], more[i + 1]);
        }
        return form.post(path);
    }

    @Test
    void aManagerCreatesAPipelineFromTheFormLeavingBlankRowsOut() {
        PageSession session = PageSession.signedIn(aManager().create());
        session.get("/pipelines/new").then().statusCode(200).body(containsString("closed-won")).body(containsString("id=\"key\""));
        String name = "Partners " + System.nanoTime();
        String location = post(session, "/pipelines", name, List.of(new Row("new", "", "Referral in", "20", "open", "10", "1"),
                new Row("new", "", "", "", "open", "", "2"), new Row("new", "closed-won", "Closed won", "100", "won", "", "4"),
                new Row("new", "closed-lost", "Closed lost", "0", "lost", "", "3"))).then().statusCode(303)
                .extract().header("Location");
        session.get(location).then().statusCode(200).body(containsString("Created.")).body(containsString("<code>referral-in</code>"));
        as(aRep().create()).get("/api/v1/pipelines").then()
                .body("find { it.name == '" + name + "' }.stages.key", equalTo(List.of("referral-in", "closed-lost", "closed-won")));
        session.get("/pipelines").then().body(containsString(name)).body(containsString("Referral in → Closed lost → Closed won"));
    }

    @Test
    void problemsComeBackBesideTheirRowsAsTyped() {
        PageSession session = PageSession.signedIn(aManager().create());
        post(session, "/pipelines", "Typed " + System.nanoTime(), List.of(new Row("new", "Bad Key", "Lead", "abc", "open", "", "1"),
                new Row("new", "won", "Won", "100", "won", "", "2"))).then().statusCode(400)
                .body(containsString("Nothing was saved."))
                .body(containsString("winProbability: Use a whole percentage"))
                .body(containsString("Add at least one lost stage"))
                .body(containsString("value=\"Bad Key\""));
    }

    @Test
    void aManagerReordersAddsAndRemovesStagesOnThePage() {
        Person manager = aManager().create();
        String key = aPipeline().withOpenStage("intro", 10).withOpenStage("demo", 30).create(manager);
        PageSession session = PageSession.signedIn(manager);
        session.get("/pipelines/" + key).then().statusCode(200).body(containsString("<code>demo</code>"))
                .body(containsString("name=\"remove\" value=\"demo\""));
        post(session, "/pipelines/" + key, "Renamed " + key, List.of(new Row("existing", "intro", "Intro", "10", "open", "", "2"),
                new Row("existing", "demo", "Demo", "30", "open", "", "1"), new Row("new", "pilot", "Pilot", "60", "open", "30", "3"),
                new Row("existing", "won", "Won", "100", "won", "", "4"), new Row("existing", "lost", "Lost", "0", "lost", "", "5")),
                "remove", "intro").then().statusCode(303).header("Location", containsString("/pipelines/" + key + "?done=saved"));
        as(manager).get("/api/v1/pipelines/" + key).then().body("name", equalTo("Renamed " + key))
                .body("stages.key", equalTo(List.of("demo", "pilot", "won", "lost")));
    }

    @Test
    void removingAStageThatHoldsDealsSaysHowManyAndSavesNothing() {
        Person manager = aManager().create();
        String key = aPipeline().withOpenStage("intro", 10).create(manager);
        TestDeals.create(aRep().create(), TestDeals.inPipeline(key, "Holding on"));
        PageSession session = PageSession.signedIn(manager);
        session.get("/pipelines/" + key).then().body(containsString("1 deal<"));
        post(session, "/pipelines/" + key, "Pipeline " + key, List.of(new Row("existing", "intro", "Intro", "10", "open", "", "1"),
                new Row("new", "next", "Next", "20", "open", "", "2"), new Row("existing", "won", "Won", "100", "won", "", "3"),
                new Row("existing", "lost", "Lost", "0", "lost", "", "4")), "remove", "intro").then().statusCode(400)
                .body(containsString("1 deal is still in Stage intro (intro)"));
        as(manager).get("/api/v1/pipelines/" + key).then().body("stages.key", equalTo(List.of("intro", "won", "lost")));
    }

    @Test
    void aManagerMakesAnotherPipelineTheDefaultFromTheList() {
        Person manager = aManager().create();
        String key = aPipeline().create(manager);
        PageSession session = PageSession.signedIn(manager);
        String before = as(manager).get("/api/v1/pipelines").then().extract().path("find { it.isDefault }.key");
        try {
            session.get("/pipelines").then().body(containsString("id=\"make-default-" + key + "\""));
            session.postForm("/pipelines/" + key + "/default").then().statusCode(303);
            session.get("/pipelines?done=default").then().body(containsString("now start from this pipeline"))
                    .body(not(containsString("id=\"make-default-" + key + "\"")));
        } finally {
            as(manager).post("/api/v1/pipelines/" + before + "/default").then().statusCode(200);
        }
    }

    @Test
    void aRepMayNotOpenThePipelinePages() {
        PageSession session = PageSession.signedIn(aRep().create());
        session.get("/pipelines/new").then().statusCode(403);
        session.get("/pipelines/b2b-sales").then().statusCode(403);
    }

    @Test
    void aDealIsCreatedInTheChosenPipelineAndTheBoardShowsOnePipelineAtATime() {
        Person manager = aManager().create();
        String key = aPipeline().withOpenStage("intro", 10).create(manager);
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        session.get("/deals/new?pipeline=" + key).then().statusCode(200)
                .body(containsString("<option value=\"" + key + "\" selected>"));
        String name = "Board deal " + System.nanoTime();
        String page = session.postForm("/deals", "name", name, "account", "Acme", "amount", "10", "currency", "EUR",
                "expectedClose", "", "nextStep", "", "pipeline", key).then().statusCode(303).extract().header("Location");
        session.get(page).then().body(containsString("<li class=\"current\">Stage intro</li>"))
                .body(not(containsString(">Discovery</li>")));
        session.get("/deals?pipeline=" + key).then().statusCode(200).body(containsString(name))
                .body(containsString("data-stage=\"intro\"")).body(not(containsString("data-stage=\"discovery\"")));
        session.get("/deals").then().body(not(containsString(name))).body(containsString("data-stage=\"discovery\""));
        session.get("/deals/list?pipeline=" + key).then().body(containsString(name));
        session.get("/deals/list").then().body(not(containsString(name)));
        session.get("/deals?pipeline=no-such-pipeline").then().statusCode(404);
    }
}

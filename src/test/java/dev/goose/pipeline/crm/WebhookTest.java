package dev.goose.pipeline.crm;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestCrmFeeds.source;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.TestCrmFeeds.Source;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class WebhookTest {

    static Response send(Source source, String body, long timestamp, String signature) {
        var request = given().contentType("application/json").header("X-Goose-Timestamp", String.valueOf(timestamp));
        if (signature != null) {
            request = request.header("X-Goose-Signature", signature);
        }
        return request.body(body).post("/api/v1/webhooks/" + source.name());
    }

    static Response send(Source source, String body) {
        long now = Instant.now().getEpochSecond();
        return send(source, body, now, WebhookSignature.sign(source.secret(), now, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSignedDeliveryUpsertsDealsByExternalIdAndARepeatChangesNothingMore() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep);
        String body = "{\"deals\":[{\"id\":\"D-1\",\"name\":\"Fed deal\",\"account\":\"Initech\",\"amount\":\"9000.00\","
                + "\"currency\":\"usd\",\"stage\":\"qualified\"}]}";
        send(source, body).then().statusCode(200).body("created", equalTo(1));
        as(rep).get("/api/v1/deals").then().body("find { it.name == 'Fed deal' }.stage", equalTo("discovery"))
                .body("find { it.name == 'Fed deal' }.source", equalTo(source.name()));
        send(source, body + " ").then().statusCode(200).body("updated", equalTo(1)).body("created", equalTo(0));
        int id = as(rep).get("/api/v1/deals").then().extract().path("find { it.name == 'Fed deal' }.id");
        as(rep).get("/api/v1/deals/" + id + "/history").then().body("$", hasSize(1));
        send(source, "{\"deals\":[{\"id\":\"D-2\",\"name\":\"Enterprise deal\",\"pipeline\":\"enterprise\",\"stage\":\"qualified\"}]}")
                .then().statusCode(200);
        as(rep).get("/api/v1/deals").then().body("find { it.name == 'Enterprise deal' }.stage", equalTo("demo"));
        send(source, "{\"deals\":[{\"id\":\"D-1\",\"margin\":\"3150.75\"},{\"id\":\"D-2\",\"margin\":\"1\"}]}").then().statusCode(200)
                .body("updated", equalTo(1)).body("skipped[0].at", equalTo("deals[1]"))
                .body("skipped[0].reason", equalTo("margin: The gross margin of 1 cannot be more than the deal's amount of 0.00."));
        as(rep).get("/api/v1/deals").then().body("find { it.name == 'Fed deal' }.margin", equalTo(3150.75f));
    }

    @Test
    void badSignaturesOldTimestampsAndReplaysAreRefused() {
        Person admin = anAdmin().create();
        Source source = source(admin, aRep().create());
        String body = "{\"deals\":[{\"id\":\"R-1\",\"stage\":\"qualified\"}]}";
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.sign(source.secret(), now, body.getBytes(StandardCharsets.UTF_8));
        send(source, body, now, "sha256=" + "0".repeat(64)).then().statusCode(401).contentType("application/problem+json");
        send(source, body, now, null).then().statusCode(401);
        send(source, body, now + 1, signature).then().statusCode(401);
        long old = now - 600;
        send(source, body, old, WebhookSignature.sign(source.secret(), old, body.getBytes(StandardCharsets.UTF_8)))
                .then().statusCode(403).body("detail", containsString("minutes"));
        send(source, body, now, signature).then().statusCode(200);
        send(source, body, now, signature).then().statusCode(409).body("detail", containsString("replay"));
    }

    @Test
    void aDeliveryAppliesTheDealsItCanAndKeepsTheOthersSayingWhereAndWhy() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep);
        send(source, "{\"deals\":[{\"id\":\"B-1\",\"name\":\"Half\",\"stage\":\"qualified\"},"
                + "{\"id\":\"B-2\",\"stage\":\"no-such-stage\"},{\"amount\":\"lots\"},"
                + "{\"id\":\"B-4\",\"ownerEmail\":\"nobody-" + source.name() + "@example.com\"}]}").then().statusCode(200)
                .body("created", equalTo(1)).body("skipped.at", contains("deals[1]", "deals[2]", "deals[3]"))
                .body("skipped[0].deal", equalTo("B-2")).body("skipped[0].reason", containsString("'no-such-stage'"))
                .body("skipped[1].reason", containsString("id: ")).body("skipped[1].reason", containsString("amount: "))
                .body("skipped[2].reason", containsString("nobody-" + source.name() + "@example.com"));
        as(rep).get("/api/v1/deals").then().body("$", hasSize(1)).body("[0].name", equalTo("Half"));
        as(admin).body(List.of(Map.of("externalStage", "no-such-stage", "stage", "demo")))
                .put("/api/v1/crm-sources/" + source.name() + "/mappings").then().statusCode(200);
        as(admin).post("/api/v1/crm-sources/" + source.name() + "/skipped/replay").then().statusCode(200)
                .body("created", equalTo(1)).body("skipped", hasSize(2));
        as(rep).get("/api/v1/deals").then().body("find { it.externalId == 'B-2' }.stage", equalTo("demo"));
    }

    @Test
    void aDeliveryThatIsNotJsonOrNotOfEitherShapeIsRefusedWhole() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep);
        send(source, "{not json").then().statusCode(400).body("field", equalTo("body"));
        send(source, "\"deals\"").then().statusCode(400).body("field", equalTo("body"));
        send(source, "{\"deals\":{\"id\":\"S-1\"}}").then().statusCode(400).body("field", equalTo("deals"));
        send(source, "x".repeat(CrmFeed.MAX_BODY + 1)).then().statusCode(413);
        given().contentType("application/json").body("{}").post("/api/v1/webhooks/no-such-source").then().statusCode(404);
        as(rep).get("/api/v1/deals").then().body("$", hasSize(0));
        as(admin).get("/api/v1/crm-sources/" + source.name() + "/skipped").then().body("$", hasSize(0));
    }

    @Test
    void hubspotDealPropertyChangesMoveTheDeal() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep);
        send(source, "[{\"objectId\":4711,\"subscriptionType\":\"deal.propertyChange\",\"propertyName\":\"dealname\","
                + "\"propertyValue\":\"HubSpot pilot\"},{\"objectId\":4711,\"propertyName\":\"amount\",\"propertyValue\":\"1500\"}]")
                .then().statusCode(200).body("created", equalTo(1));
        send(source, "[{\"objectId\":4711,\"propertyName\":\"dealstage\",\"propertyValue\":\"appointmentscheduled\"}]")
                .then().statusCode(200).body("updated", equalTo(1));
        as(rep).get("/api/v1/deals").then().body("find { it.externalId == '4711' }.name", equalTo("HubSpot pilot"))
                .body("find { it.externalId == '4711' }.stage", equalTo("demo"))
                .body("find { it.externalId == '4711' }.amount", equalTo(1500.0f));
    }

    @Test
    void anAdminAddsASourceAndMapsItsStagesOnThePage() {
        Person admin = anAdmin().create();
        Person owner = aRep().create();
        dev.goose.testing.PageSession session = dev.goose.testing.PageSession.signedIn(admin);
        String name = "page" + System.nanoTime() % 1_000_000_000L;
        session.postForm("/admin/crm", "name", name, "defaultOwnerId", owner.id.toString()).then().statusCode(200)
                .body(containsString("id=\"source-secret\""));
        session.postForm("/admin/crm/" + name + "/mappings", "mapping", "*,closedwon,closed-won\nsales,qualified,nowhere\n")
                .then().statusCode(400).body(containsString("[1].stage"));
        session.postForm("/admin/crm/" + name + "/mappings", "mapping", "*,closedwon,closed-won\n").then().statusCode(303);
        as(admin).get("/api/v1/crm-sources/" + name + "/mappings").then().body("stage", hasItem("closed-won"));
    }

    @Test
    void onlyAdminsSetUpSources() {
        Person rep = aRep().create();
        as(rep).body(Map.of("name", "mine", "defaultOwnerId", rep.id)).post("/api/v1/crm-sources").then().statusCode(403);
        Person admin = anAdmin().create();
        Source source = source(admin, rep);
        as(admin).body(List.of(Map.of("externalStage", "x", "stage", "nowhere"))).put("/api/v1/crm-sources/" + source.name() + "/mappings")
                .then().statusCode(400).body("field", equalTo("[0].stage"));
    }
}

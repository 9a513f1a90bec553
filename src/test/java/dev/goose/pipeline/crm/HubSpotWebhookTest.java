package dev.goose.pipeline.crm;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestCrmFeeds.source;
import static dev.goose.testing.TestHubSpot.post;
import static dev.goose.testing.TestHubSpot.send;
import static dev.goose.testing.TestHubSpot.sign;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestCrmFeeds.Source;
import io.quarkus.test.junit.QuarkusTest;

/** A HubSpot app's webhook subscription posting straight to Goose, signed with HubSpot's v3 scheme. */
@QuarkusTest
class HubSpotWebhookTest {

    static String clientSecret() {
        return "hs-client-secret-" + System.nanoTime();
    }

    static String events(long firstEventId, long dealId) {
        return "[{\"eventId\":" + firstEventId + ",\"subscriptionType\":\"deal.propertyChange\",\"objectId\":" + dealId
                + ",\"propertyName\":\"dealname\",\"propertyValue\":\"HubSpot direct\",\"attemptNumber\":0},"
                + "{\"eventId\":" + (firstEventId + 1) + ",\"subscriptionType\":\"deal.propertyChange\",\"objectId\":" + dealId
                + ",\"propertyName\":\"dealstage\",\"propertyValue\":\"appointmentscheduled\",\"attemptNumber\":0},"
                + "{\"eventId\":" + (firstEventId + 2) + ",\"subscriptionType\":\"contact.propertyChange\",\"objectId\":77,"
                + "\"propertyName\":\"firstname\",\"propertyValue\":\"Not a deal\"}]";
    }

    @Test
    void aBatchSignedWithTheAppsClientSecretUpsertsTheDealAndSkipsOtherObjects() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep, clientSecret());
        long now = Instant.now().toEpochMilli();
        // The target URL may carry a query; HubSpot signs it with %3A and its like decoded.
        String query = "?portal=62515%3Aeu";
        String body = events(now, 9001);
        // Two events on one deal: the first creates it, the second updates it.
        post(source, query, body, now, sign(source, query, body, now)).then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("repeated", equalTo(0));
        as(rep).get("/api/v1/deals").then().body("$", hasSize(1))
                .body("find { it.externalId == '9001' }.name", equalTo("HubSpot direct"))
                .body("find { it.externalId == '9001' }.stage", equalTo("demo"));
    }

    @Test
    void aTamperedBodyOrAWrongSecretIsUnauthorizedAndStoresNothing() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep, clientSecret());
        long now = Instant.now().toEpochMilli();
        String body = events(now, 9002);
        post(source, "", body.replace("HubSpot direct", "Forged"), now, sign(source, "", body, now)).then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("HubSpot signature does not match"));
        Source other = new Source(source.name(), "not-the-client-secret");
        post(source, "", body, now, sign(other, "", body, now)).then().statusCode(401);
        // Signed for another address (a proxy in front whose URL Goose was not told) does not match either.
        post(source, "", body, now, sign(source, "?elsewhere", body, now)).then().statusCode(401);
        as(rep).get("/api/v1/deals").then().body("$", hasSize(0));
    }

    @Test
    void anOldTimestampIsRefusedEvenWithAGoodSignature() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep, clientSecret());
        long old = Instant.now().minusSeconds(6 * 60).toEpochMilli();
        String body = events(old, 9003);
        post(source, "", body, old, sign(source, "", body, old)).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("5 minutes"));
        post(source, "", body, old / 1000, sign(source, "", body, old / 1000)).then().statusCode(403);
        as(rep).get("/api/v1/deals").then().body("$", hasSize(0));
    }

    @Test
    void aReplayIsRefusedAndARetriedBatchIsTakenOnceByItsEventIds() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep, clientSecret());
        long now = Instant.now().toEpochMilli();
        String body = events(now, 9004);
        String signature = sign(source, "", body, now);
        post(source, "", body, now, signature).then().statusCode(200).body("created", equalTo(1));
        post(source, "", body, now, signature).then().statusCode(409).body("detail", containsString("replay"));
        send(source, "[{\"eventId\":" + (now + 10) + ",\"subscriptionType\":\"deal.propertyChange\",\"objectId\":9004,"
                + "\"propertyName\":\"dealstage\",\"propertyValue\":\"qualified\"}]").then().statusCode(200).body("updated", equalTo(1));
        // HubSpot's late retry of the first batch has a new timestamp, so a new signature: its events' ids show they
        // were taken, and the deal does not move back to their stage.
        send(source, body).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("repeated", equalTo(2));
        as(rep).get("/api/v1/deals").then().body("find { it.externalId == '9004' }.stage", equalTo("discovery"));
    }

    @Test
    void anAdminGivesTheClientSecretWhichIsNeverShownBack() {
        Person admin = anAdmin().create();
        Person owner = aRep().create();
        as(admin).body(Map.of("name", "hs" + System.nanoTime() % 1_000_000L, "defaultOwnerId", owner.id, "secret", "short"))
                .post("/api/v1/crm-sources").then().statusCode(400).body("field", equalTo("secret"));
        as(admin).body(Map.of("name", "hs" + System.nanoTime() % 1_000_000L, "defaultOwnerId", owner.id, "secret", clientSecret()))
                .post("/api/v1/crm-sources").then().statusCode(200).body("secret", nullValue());
        PageSession session = PageSession.signedIn(admin);
        String secret = clientSecret();
        session.postForm("/admin/crm", "name", "hp" + System.nanoTime() % 1_000_000L, "defaultOwnerId", owner.id.toString(),
                "secret", secret).then().statusCode(200).body(containsString("with the secret you gave"))
                .body(not(containsString(secret)));
    }
}

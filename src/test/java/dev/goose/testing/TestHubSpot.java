package dev.goose.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.goose.pipeline.crm.HubSpotSignature;
import dev.goose.testing.TestCrmFeeds.Source;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * What a HubSpot app's webhook subscription sends: deal events as its Webhooks API (v3) writes them,
 * in batches signed with HubSpot's v3 scheme. Event and deal ids are unique across tests.
 */
public final class TestHubSpot {

    private static final AtomicLong EVENT_IDS = new AtomicLong(System.currentTimeMillis() * 10);

    private TestHubSpot() {
    }

    /** What HubSpot sends: the path and query it called, its millisecond timestamp and its signature of them. */
    public static Response post(Source source, String query, String body, long millis, String signature) {
        return given().urlEncodingEnabled(false).contentType("application/json")
                .header("X-HubSpot-Request-Timestamp", String.valueOf(millis)).header("X-HubSpot-Signature-v3", signature)
                .body(body).post("/api/v1/webhooks/" + source.name() + query);
    }

    /** HubSpot signs the full URL it called; in tests that is the test server itself. */
    public static String sign(Source source, String query, String body, long millis) {
        String url = "http://localhost:" + RestAssured.port + "/api/v1/webhooks/" + source.name() + query;
        return HubSpotSignature.sign(source.secret(), "POST", url, body.getBytes(StandardCharsets.UTF_8), String.valueOf(millis));
    }

    /** The body signed now, as HubSpot would. */
    public static Response send(Source source, String body) {
        long now = Instant.now().toEpochMilli();
        return post(source, "", body, now, sign(source, "", body, now));
    }

    /** One event with every field HubSpot sends; the eventId is returned in the JSON as a number, as HubSpot does. */
    public static String event(long eventId, String type, long dealId, long occurredAt, String property, String value) {
        String change = property == null ? "\"changeFlag\":\"CREATED\","
                : "\"propertyName\":\"" + property + "\",\"propertyValue\":\"" + value + "\",";
        return "{\"eventId\":" + eventId + ",\"subscriptionId\":2345678,\"portalId\":62515,\"appId\":987654,\"occurredAt\":"
                + occurredAt + ",\"subscriptionType\":\"" + type + "\",\"attemptNumber\":0,\"objectId\":" + dealId + "," + change
                + "\"changeSource\":\"CRM_UI\",\"sourceId\":\"userId:45678\"}";
    }

    /** A change of one property of the deal, with an event id of its own. */
    public static String change(long dealId, long occurredAt, String property, String value) {
        return event(eventId(), "deal.propertyChange", dealId, occurredAt, property, value);
    }

    public static String batch(String... events) {
        return "[" + String.join(",", events) + "]";
    }

    public static long eventId() {
        return EVENT_IDS.incrementAndGet();
    }

    /** A HubSpot deal id that no other test uses. */
    public static long dealId() {
        return eventId() % 1_000_000_000L;
    }
}

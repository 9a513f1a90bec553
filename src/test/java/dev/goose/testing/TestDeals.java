package dev.goose.testing;

import static dev.goose.testing.Api.as;

import java.util.HashMap;
import java.util.Map;

import dev.goose.people.Person;

/**
 * Deals made through the API as their owner would: {@code TestDeals.create(rep, TestDeals.deal("Acme"))}.
 * Each deal's account is its own, so tests never depend on each other's deals.
 */
public final class TestDeals {

    private TestDeals() {
    }

    /** The request body of a deal in the default pipeline, for tests that change it before sending. */
    public static Map<String, Object> deal(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("account", "Acme " + System.nanoTime());
        body.put("amount", "12500.50");
        body.put("currency", "eur");
        return body;
    }

    /** The request body of a deal in the pipeline of that key. */
    public static Map<String, Object> inPipeline(String pipeline, String name) {
        Map<String, Object> deal = deal(name);
        deal.put("pipeline", pipeline);
        return deal;
    }

    /** Creates the deal as its owner; its id. */
    public static int create(Person owner, Map<String, Object> body) {
        return as(owner).body(body).post("/api/v1/deals").then().statusCode(201).extract().path("id");
    }
}

package dev.goose.testing;

import static dev.goose.testing.Api.as;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.goose.people.Person;

/** CRM sources added through the API as an admin would, with a stage mapping: {@code TestCrmFeeds.source(admin, owner)}. */
public final class TestCrmFeeds {

    /** A source's name (its webhook path) and the secret its deliveries are signed with. */
    public record Source(String name, String secret) {
    }

    private TestCrmFeeds() {
    }

    public static Source source(Person admin, Person owner) {
        return source(admin, owner, null);
    }

    /**
     * A source whose deals the owner owns, mapping "qualified" to discovery and "appointmentscheduled"
     * (and "qualified" in the pipeline "enterprise") to demo; its secret is the one given (as for a
     * HubSpot app), or the one Goose made.
     */
    public static Source source(Person admin, Person owner, String givenSecret) {
        String name = "crm" + System.nanoTime() % 1_000_000_000L;
        Map<String, Object> request = new HashMap<>(Map.of("name", name, "defaultOwnerId", owner.id));
        if (givenSecret != null) {
            request.put("secret", givenSecret);
        }
        String made = as(admin).body(request).post("/api/v1/crm-sources").then().statusCode(200).extract().path("secret");
        String secret = givenSecret != null ? givenSecret : made;
        as(admin).body(List.of(Map.of("externalStage", "qualified", "stage", "discovery"),
                Map.of("externalStage", "appointmentscheduled", "stage", "demo"),
                Map.of("externalPipeline", "enterprise", "externalStage", "qualified", "stage", "demo")))
                .put("/api/v1/crm-sources/" + name + "/mappings").then().statusCode(200).body("$", hasSize(3));
        return new Source(name, secret);
    }
}

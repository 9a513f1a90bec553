package dev.goose.onboarding;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import io.quarkus.test.junit.QuarkusTest;

/** A list of ids too long is refused for its length alone, before any id in it is looked up. */
@QuarkusTest
class ListLimitsTest {

    private static final List<Long> HUNDRED_THOUSAND = LongStream.rangeClosed(1, 100_000).boxed().toList();

    @Test
    void enrollingAHundredThousandIdsIsRefusedWithOneProblemAboutTheCount() {
        Person manager = aManager().create();
        // each unknown id would have been a problem of its own had the ids been looked up
        as(manager).body(Map.of("playbook", "no-such-playbook", "people", HUNDRED_THOUSAND)).post("/api/v1/enrollments")
                .then().statusCode(400).body("errors", hasSize(1)).body("errors[0].field", equalTo("people"))
                .body("errors[0].message", equalTo("Enroll at most 500 people at once."));
    }

    @Test
    void movingDueDatesOrUpgradingAHundredThousandEnrollmentsIsRefusedForTheCount() {
        Person manager = aManager().create();
        as(manager).body(Map.of("days", 3, "enrollments", HUNDRED_THOUSAND)).post("/api/v1/enrollments/due-dates")
                .then().statusCode(400).body("errors", hasSize(1)).body("errors[0].field", equalTo("enrollments"))
                .body("errors[0].message", equalTo("Move the due dates of at most 500 enrollments at once."));
        as(manager).body(Map.of("enrollments", HUNDRED_THOUSAND)).post("/api/v1/enrollments/upgrade")
                .then().statusCode(400).body("errors", hasSize(1)).body("errors[0].field", equalTo("enrollments"))
                .body("errors[0].message", equalTo("Upgrade at most 500 enrollments at once."));
    }

    @Test
    void aPipelineOfThousandsOfStagesIsRefusedForTheCount() {
        Person manager = aManager().create();
        List<Map<String, Object>> stages = LongStream.range(0, 5_000)
                .mapToObj(i -> Map.<String, Object>of("key", "s" + i, "name", "S" + i)).toList();
        as(manager).body(Map.of("key", "huge" + System.nanoTime(), "name", "Huge", "exitRule", "warn", "stages", stages))
                .post("/api/v1/pipelines").then().statusCode(400).body("errors.field", equalTo(List.of("stages")));
    }
}

package dev.goose.coaching;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Stalled deals as coaching signals, as each role may see them. */
@QuarkusTest
class CoachingApiTest {

    @Inject
    TestClock clock;

    Person manager;
    Person rep;
    Person elsewhere;

    @BeforeEach
    void twoTeams() {
        clock.pin(Instant.parse("2026-12-01T09:00:00Z"));
        manager = aManager().create();
        Team team = aTeamLedBy(manager);
        rep = aRep().named("Sam Sleeper " + System.nanoTime()).onTeam(team).create();
        elsewhere = aRep().named("Eli Elsewhere " + System.nanoTime()).onTeam(aTeamLedBy(aManager().create())).create();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDealAtItsStagesLimitIsASignalForItsOwnerAndTheirManagerOnly() {
        int sleeper = TestDeals.create(rep, TestDeals.deal("Sleeper"));
        int fresh = TestDeals.create(rep, TestDeals.deal("Fresh"));
        TestDeals.create(elsewhere, TestDeals.deal("Far away"));
        clock.pin(Instant.parse("2026-12-14T10:00:00Z"));
        // 13 days in Prospecting, whose limit is 14: nothing yet.
        as(manager).get("/api/v1/coaching/signals").then().statusCode(200).body("personId", not(hasItem(rep.id.intValue())));
        clock.pin(Instant.parse("2026-12-21T10:00:00Z"));
        as(rep).body(java.util.Map.of("stage", "discovery")).post("/api/v1/deals/" + fresh + "/stage").then().statusCode(200);
        as(manager).get("/api/v1/coaching/signals").then().statusCode(200)
                .body("personId", contains(rep.id.intValue())).body("[0].name", equalTo(rep.name))
                .body("[0].signals.words", contains("Sleeper has been in Prospecting for 20 days; the stage's limit is 14 days."))
                .body("[0].signals[0].kind", equalTo("stalled-deal")).body("[0].signals[0].evidence", equalTo("/deals/" + sleeper))
                // 6 days over a 14-day limit: 50 + 6 × 50 / 14 = 71
                .body("[0].signals[0].urgency", equalTo(71));
        as(rep).get("/api/v1/coaching/signals").then().statusCode(200).body("personId", contains(rep.id.intValue()));
        String page = PageSession.signedIn(manager).get("/coaching").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page).contains("Sleeper has been in Prospecting for 20 days; the stage&#39;s limit is 14 days.")
                .contains("href=\"/deals/" + sleeper + "\"").doesNotContain("Far away");
        org.assertj.core.api.Assertions.assertThat(PageSession.signedIn(elsewhere).get("/coaching").then().statusCode(200).extract().asString())
                .contains("Far away").doesNotContain("Sleeper");
        as(elsewhere).get("/api/v1/coaching/signals").then().statusCode(200).body("personId", contains(elsewhere.id.intValue()))
                .body("[0].signals.words", contains(org.hamcrest.Matchers.startsWith("Far away has been in Prospecting for 20 days")));
    }
}

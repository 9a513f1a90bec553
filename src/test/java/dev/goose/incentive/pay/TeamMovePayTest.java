package dev.goose.incentive.pay;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A rep who moves to another team is paid by each team's plan and pool for the days they were on it:
 * a month before the move reads the same after it, and the month of the move is two parts.
 */
@QuarkusTest
class TeamMovePayTest {

    @Inject
    TestClock clock;

    Person admin;
    Person manager;
    Team east;
    Team west;
    Person stayer;
    Long mover;

    @BeforeEach
    void twoTeamsOnTheirOwnPlans() {
        clock.pin(Instant.parse("2026-11-20T12:00:00Z"));
        admin = anAdmin().create();
        manager = aManager().create();
        east = aTeamLedBy(manager);
        west = aTeamLedBy(manager);
        stayer = aRep().named("Sol Stayer " + System.nanoTime()).onTeam(east).create();
        // Through the people API, as an admin adds someone: Goose records their days on the team from the hire date.
        mover = ((Number) as(admin).body(person("Max Mover " + System.nanoTime(), east)).post("/api/v1/people").then().statusCode(201)
                .extract().path("id")).longValue();
        String pool = "team-pool:\n  - name: East deals pool\n    measure: deals\n    target: 1\n    tiers:\n      - {at: 100, pool: 600}\n"
                + "spiff:\n  - name: November push\n    from: 2026-11-01\n    to: 2026-11-30\n    each: deal-won\n    amount: 50\n";
        assign(PayApiTest.publish(manager, PayApiTest.PLAN.formatted(System.nanoTime()).replace("```\n", pool + "```\n")), east);
        assign(PayApiTest.publish(manager, PayApiTest.PLAN.formatted(System.nanoTime()).replace("base: 3000", "base: 6000")), west);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMonthBeforeTheMoveKeepsTheOldTeamsPlanAndPoolAndTheMonthOfTheMoveIsPaidByBoth() {
        int deal = TestDeals.create(stayer, TestDeals.deal("Acme"));
        as(stayer).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
        Person moving = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(mover));
        int won = TestDeals.create(moving, TestDeals.deal("Globex"));
        as(moving).body(Map.of("won", true)).post("/api/v1/deals/" + won + "/close").then().statusCode(200);
        clock.pin(Instant.parse("2026-12-10T12:00:00Z"));
        // Base, 8% of €12,500.50, half the €600.00 pool East's two deals reach, and the SPIFF's €50.00 for Globex
        List<String> november = List.of("€3,000.00", "€1,000.04", "€300.00", "€50.00");
        as(admin).get("/api/v1/pay/statements?person=" + mover + "&period=2026-11-01").then().statusCode(200)
                .body("lines.formula", hasItem("East deals pool: the team won 2 deals of its 1 target (200%) reaches the 100% tier: a "
                        + "€600.00 pool, split evenly among 2 members"))
                .body("lines.amountShown", contains(november.toArray()));

        Map<String, Object> now = as(admin).get("/api/v1/people/" + mover).then().statusCode(200).extract().path("$");
        as(admin).body(Map.of("name", now.get("name"), "email", now.get("email"), "role", "rep", "teamId", west.id, "hireDate",
                now.get("hireDate"))).put("/api/v1/people/" + mover).then().statusCode(200);

        // November was East's: the same plan, base, pool share and SPIFF after the move, so nothing to adjust later.
        as(admin).get("/api/v1/pay/statements?person=" + mover + "&period=2026-11-01").then().statusCode(200)
                .body("lines.amountShown", contains(november.toArray())).body("totalShown", equalTo("€4,350.04"));
        // December 1 to 9 on East's plan, 3,000 × 9/31 = 870.97; from the 10th on West's, 6,000 × 22/31 = 4,258.06.
        as(admin).get("/api/v1/pay/statements?person=" + mover).then().statusCode(200)
                .body("parts", hasSize(2))
                .body("lines.amountShown", contains("€870.97", "€4,258.06")).body("totalShown", equalTo("€5,129.03"));
        // East's pool for November is paid among who was on East then, the mover too, and Sol's share stays half.
        as(stayer).get("/api/v1/pay/statements?period=2026-11-01").then().statusCode(200)
                .body("lines.amountShown", hasItem("€300.00"));
    }

    private void assign(String slug, Team team) {
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", "2026-11-01")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
    }

    private static Map<String, Object> person(String name, Team team) {
        return Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@test.goose", "role", "rep", "teamId", team.id,
                "hireDate", "2026-01-05", "password", dev.goose.testing.TestPeople.PASSWORD);
    }
}

package dev.goose.incentive.pay;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A SPIFF in a team's plan: each deal won pays its owner, first come first paid, until the budget for everyone is spent. */
@QuarkusTest
class SpiffPayTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theBudgetIsSpentInTheOrderDealsWereWonAcrossTheTeamAndOthersDoNotSpendIt() {
        clock.pin(Instant.parse("2026-12-05T12:00:00Z"));
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person first = aRep().named("Fay First " + System.nanoTime()).onTeam(team).create();
        Person second = aRep().named("Sid Second " + System.nanoTime()).onTeam(team).create();
        Person elsewhere = aRep().onTeam(aTeamLedBy(aManager().create())).create();
        String spiff = "spiff:\n  - name: Year-end push\n    from: 2026-12-01\n    to: 2026-12-31\n    each: deal-won\n    amount: 250\n"
                + "    budget: 400\n";
        String slug = PayApiTest.publish(manager, PayApiTest.PLAN.formatted(System.nanoTime()).replace("```\n", spiff + "```\n"));
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then().statusCode(201);
        win(elsewhere);
        win(first);
        clock.pin(Instant.parse("2026-12-10T12:00:00Z"));
        win(second);
        clock.pin(Instant.parse("2026-12-10T13:00:00Z"));
        win(first);
        String head = "Year-end push (SPIFF, €250.00 for each deal won from 2026-12-01 to 2026-12-31): Acme, won on ";
        // €3,000.00 base, two deals at 8% (€1,000.04 each), €250.00 for the first deal of the month, nothing for the third
        as(first).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem(head + "2026-12-05"))
                .body("lines.formula", hasItem(head + "2026-12-10: nothing, the budget of €400.00 for everyone was reached before it"))
                .body("totalShown", equalTo("€5,250.08"));
        as(second).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem(head + "2026-12-10: €150.00, what was left of the budget of €400.00 for everyone"))
                .body("totalShown", equalTo("€4,150.04"));
        // Team pay works out everyone's SPIFF events once for the call: each total is still the statement's
        as(manager).get("/api/v1/pay/team").then().statusCode(200)
                .body("find { it.personId == " + first.id + " }.totalShown", equalTo("€5,250.08"))
                .body("find { it.personId == " + second.id + " }.totalShown", equalTo("€4,150.04"));
    }

    @Test
    void aSpiffOnAKpiPaysEachDemoLoggedUntilThePersonalLimit() {
        clock.pin(Instant.parse("2026-12-05T12:00:00Z"));
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        String spiff = "spiff:\n  - name: Demo sprint\n    from: 2026-12-01\n    to: 2026-12-31\n    each: kpi\n    kpi: demos-held\n"
                + "    amount: 25\n    per-person: 100\n";
        String slug = PayApiTest.publish(manager, PayApiTest.PLAN.formatted(System.nanoTime()).replace("```\n", spiff + "```\n"));
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then().statusCode(201);
        as(rep).body(Map.of("kpi", "demos-held")).post("/api/v1/measurements/log").then().statusCode(201);
        as(rep).body(Map.of("kpi", "demos-held")).post("/api/v1/measurements/log").then().statusCode(201);
        as(rep).body(Map.of("kpi", "calls")).post("/api/v1/measurements/log").then().statusCode(201);
        as(rep).body(Map.of("kpi", "demos-held", "value", 3)).post("/api/v1/measurements/log").then().statusCode(201);
        String head = "Demo sprint (SPIFF, €25.00 for each demos-held from 2026-12-01 to 2026-12-31): ";
        // 1 + 1 + 3 demos at €25.00 is €125.00, but a person earns at most €100.00: the third entry is paid the €50.00 left
        as(rep).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.findAll { it.formula == '" + head + "1 on 2026-12-05' }.amountShown", org.hamcrest.Matchers.contains("€25.00",
                        "€25.00"))
                .body("lines.formula", hasItem(head + "3 on 2026-12-05 at €25.00 each: €50.00, what was left of the limit of €100.00 a person"))
                .body("totalShown", equalTo("€3,100.00"));
    }

    private static void win(Person owner) {
        int deal = TestDeals.create(owner, TestDeals.deal("Acme"));
        as(owner).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
    }
}

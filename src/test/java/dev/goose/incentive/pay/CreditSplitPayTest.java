package dev.goose.incentive.pay;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

/**
 * A manager splits a deal's credit between two reps; each rep's statement credits their share, to the
 * cent, and a team pool on the growth of gross margin counts each member's share of the margin.
 */
@QuarkusTest
class CreditSplitPayTest {

    @Inject
    TestClock clock;

    Person manager;
    Team team;
    Person owner;
    Person helper;
    int deal;

    @BeforeEach
    void twoRepsOnAPlanAndADeal() {
        clock.pin(Instant.parse("2026-12-10T12:00:00Z"));
        manager = aManager().create();
        team = aTeamLedBy(manager);
        owner = aRep().named("Olive Owner " + System.nanoTime()).onTeam(team).create();
        helper = aRep().named("Hal Helper " + System.nanoTime()).onTeam(team).create();
        deal = TestDeals.create(owner, TestDeals.deal("Acme"));
    }

    private void teamPaidBy(String markdown) {
        String slug = PayApiTest.publish(manager, markdown);
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then().statusCode(201);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Map<String, Object> split(Object... personAndPercent) {
        List<Map<String, Object>> shares = new java.util.ArrayList<>();
        for (int i = 0; i < personAndPercent.length; i += 2) {
            shares.add(Map.of("personId", personAndPercent[i], "percent", personAndPercent[i + 1]));
        }
        return Map.of("credits", shares);
    }

    @Test
    void eachRepIsCreditedTheirShareAndResettingCreditsTheOwnerInFull() {
        teamPaidBy(PayApiTest.PLAN.formatted(System.nanoTime()));
        as(owner).get("/api/v1/deals/" + deal + "/credits").then().statusCode(200)
                .body("split", equalTo(false)).body("editable", equalTo(false))
                .body("credits.personId", contains(owner.id.intValue())).body("credits[0].percent", equalTo(100.0f));
        as(manager).body(split(owner.id, 60, helper.id, 40)).put("/api/v1/deals/" + deal + "/credits").then().statusCode(200)
                .body("split", equalTo(true)).body("credits.name", contains(owner.name, helper.name))
                .body("credits.percent", contains(60.0f, 40.0f));
        as(owner).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
        // 60% of €12,500.50 is €7,500.30, paid at 8%: €600.02 (600.024); 40% is €5,000.20: €400.02 (400.016).
        as(owner).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem("Acme, won on 2026-12-10, €12,500.50 at 60% credit = €7,500.30: €7,500.30 of credited value"
                        + " in the 0–100% band at 8%"))
                .body("totalShown", equalTo("€3,600.02"));
        as(helper).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem(containsString("€12,500.50 at 40% credit = €5,000.20")))
                .body("totalShown", equalTo("€3,400.02"));
        as(manager).body(split()).put("/api/v1/deals/" + deal + "/credits").then().statusCode(200).body("split", equalTo(false));
        as(owner).get("/api/v1/pay/statements").then().statusCode(200).body("totalShown", equalTo("€4,000.04"));
        as(helper).get("/api/v1/pay/statements").then().statusCode(200).body("lines.formula", not(hasItem(containsString("Acme"))))
                .body("totalShown", equalTo("€3,000.00"));
    }

    @Test
    void aSplitThatMissesAHundredOrComesFromARepIsRefusedAndNothingChanges() {
        as(manager).body(split(owner.id, 60, helper.id, 30)).put("/api/v1/deals/" + deal + "/credits").then().statusCode(400)
                .body("errors[0].field", equalTo("credits"))
                .body("errors[0].message", equalTo("The shares add up to 90%; they must add up to 100%."));
        as(manager).body(split(owner.id, 50, owner.id, 50)).put("/api/v1/deals/" + deal + "/credits").then().statusCode(400)
                .body("errors[0].field", equalTo("credits[1].personId"));
        as(manager).body(split(owner.id, 0, helper.id, 100)).put("/api/v1/deals/" + deal + "/credits").then().statusCode(400)
                .body("errors[0].field", equalTo("credits[0].percent"));
        as(owner).body(split(owner.id, 50, helper.id, 50)).put("/api/v1/deals/" + deal + "/credits").then().statusCode(403);
        as(helper).get("/api/v1/deals/" + deal + "/credits").then().statusCode(404);
        as(manager).get("/api/v1/deals/" + deal + "/credits").then().statusCode(200).body("split", equalTo(false))
                .body("editable", equalTo(true));
    }

    @Test
    void theDealPagesCardSplitsTheCreditWithTheFormAndSaysWhatIsWrong() {
        PageSession page = PageSession.signedIn(manager);
        page.get("/deals/" + deal + "/credits").then().statusCode(200)
                .body(containsString("The owner is credited in full.")).body(containsString("Split the credit"));
        page.request().header("HX-Request", "true").contentType("application/x-www-form-urlencoded").formParam("_csrf", page.csrf())
                .formParam("person", owner.id, helper.id, "").formParam("percent", "70", "25", "")
                .post("/deals/" + deal + "/credits").then().statusCode(400)
                .body(containsString("The shares add up to 95%; they must add up to 100%."));
        page.request().header("HX-Request", "true").contentType("application/x-www-form-urlencoded").formParam("_csrf", page.csrf())
                .formParam("person", owner.id, helper.id, "").formParam("percent", "70", "30 %", "")
                .post("/deals/" + deal + "/credits").then().statusCode(200)
                .body(containsString("Saved: pay credits each person their share")).body(containsString("<strong>30%</strong>"));
        PageSession.signedIn(owner).get("/deals/" + deal + "/credits").then().statusCode(200)
                .body(containsString(helper.name)).body(not(containsString("Split the credit")));
    }

    @Test
    void aPoolOnMarginGrowthComparesTheTeamsMarginWithTheMonthBeforeAndSaysWhichDealsHadNone() {
        String pool = "team-pool:\n  - name: Margin growth pool\n    measure: margin-growth\n    against: period-before\n    target: 10\n"
                + "    tiers:\n      - {at: 100, pool: 600}\n";
        teamPaidBy(PayApiTest.PLAN.formatted(System.nanoTime()).replace("```\n", pool + "```\n"));
        clock.pin(Instant.parse("2026-11-10T12:00:00Z"));
        Map<String, Object> november = TestDeals.deal("Initech");
        november.put("margin", "1000");
        win(owner, TestDeals.create(owner, november));
        clock.pin(Instant.parse("2026-12-10T12:00:00Z"));
        Map<String, Object> december = TestDeals.deal("Globex");
        december.put("margin", "1150");
        int globex = TestDeals.create(owner, december);
        as(manager).body(split(owner.id, 50, helper.id, 50)).put("/api/v1/deals/" + globex + "/credits").then().statusCode(200);
        win(owner, globex);
        win(helper, TestDeals.create(helper, TestDeals.deal("Hooli")));
        // 1,150 against 1,000 is 15% growth, 150% of the 10% target: the €600.00 pool, €300.00 each.
        String line = "Margin growth pool: the team won €1,150.00 of gross margin against €1,000.00 of gross margin in the month before:"
                + " 15% growth of its 10% target (150%) reaches the 100% tier: a €600.00 pool, split evenly among 2 members";
        as(owner).get("/api/v1/pay/statements").then().statusCode(200).body("lines.formula", hasItem(line))
                .body("notes", hasItem("Margin growth pool counts no margin for deals that have none entered: Hooli."))
                // €3,000.00 base, half of €12,500.50 at 8% (€500.02), €300.00 of the pool
                .body("totalShown", equalTo("€3,800.02"));
        as(helper).get("/api/v1/pay/statements").then().statusCode(200).body("lines.formula", hasItem(line))
                .body("totalShown", equalTo("€4,800.06"));
        Map<String, Object> tooMuch = TestDeals.deal("Umbrella");
        tooMuch.put("margin", "20000");
        as(owner).body(tooMuch).post("/api/v1/deals").then().statusCode(400).body("errors[0].field", equalTo("margin"))
                .body("errors[0].message", equalTo("The gross margin cannot be more than the amount."));
    }

    private static void win(Person owner, int deal) {
        as(owner).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
    }
}

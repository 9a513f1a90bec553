package dev.goose.kpi.board;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.RampFrom;
import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestKpis;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class KpiBoardApiTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

    @Inject
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aPastMonthIsJudgedOnItsWholeTargetWithExactAttainment() {
        Person rep = aRep().create();
        TestKpis.target(rep, "calls", PeriodKind.MONTH, MARCH, "120");
        TestKpis.measure(rep, "calls", LocalDate.of(2025, 3, 3), "30");
        TestKpis.measure(rep, "calls", LocalDate.of(2025, 3, 31), "10");
        TestKpis.measure(rep, "calls", LocalDate.of(2025, 4, 1), "99");

        as(rep).get("/api/v1/kpi-attainment?period=month&date=2025-03-15").then().statusCode(200)
                .body("period.start", equalTo("2025-03-01")).body("period.label", equalTo("March 2025"))
                .body("kpis.find { it.kpi == 'calls' }.actual", equalTo(40))
                .body("kpis.find { it.kpi == 'calls' }.target", equalTo(120))
                .body("kpis.find { it.kpi == 'calls' }.attainmentDisplay", equalTo("33%"))
                .body("kpis.find { it.kpi == 'calls' }.expected", equalTo(120))
                .body("kpis.find { it.kpi == 'calls' }.status", equalTo("behind"));
    }

    @Test
    void withoutATargetAttainmentIsNoTargetRatherThanAnError() {
        Person rep = aRep().create();
        TestKpis.measure(rep, "demos-held", LocalDate.of(2025, 3, 3), "2");

        as(rep).get("/api/v1/kpi-attainment?date=2025-03-15").then().statusCode(200)
                .body("kpis.find { it.kpi == 'demos-held' }.actual", equalTo(2))
                .body("kpis.find { it.kpi == 'demos-held' }.attainment", nullValue())
                .body("kpis.find { it.kpi == 'demos-held' }.attainmentDisplay", equalTo("no target"))
                .body("kpis.find { it.kpi == 'demos-held' }.status", equalTo("no-target"));
    }

    @Test
    void aNewHiresTargetIsRampedByMonthFromTheHireDate() {
        Person rep = aRep().hired(LocalDate.of(2025, 1, 15)).create();
        TestKpis.target(rep, "calls", PeriodKind.MONTH, LocalDate.of(2025, 1, 1), "100", "25,50,75,100", RampFrom.HIRE);

        // February: the 14 days to 14 Feb are month one at 25%, the 14 from 15 Feb month two at 50%.
        as(rep).get("/api/v1/kpi-attainment?date=2025-02-10").then().statusCode(200)
                .body("kpis.find { it.kpi == 'calls' }.target", equalTo(37.5f));
        as(rep).get("/api/v1/kpi-attainment?date=2025-06-10").then()
                .body("kpis.find { it.kpi == 'calls' }.target", equalTo(100));
    }

    @Test
    void loggingAWeeksCallsByWednesdayMovesPaceFromBehindToAhead() {
        Person rep = aRep().create();
        LocalDate wednesday = LocalDate.of(2025, 3, 12);
        clock.pin(wednesday);
        TestKpis.target(rep, "calls", PeriodKind.WEEK, wednesday, "10");
        as(rep).get("/api/v1/kpi-attainment?period=week").then().body("kpis.find { it.kpi == 'calls' }.status", equalTo("behind"));

        // By Wednesday 3 of the week's 7 days have passed: 10 calls against about 4.3 expected.
        TestKpis.measure(rep, "calls", wednesday, "10");
        as(rep).get("/api/v1/kpi-attainment?period=week").then()
                .body("period.start", equalTo("2025-03-10"))
                .body("kpis.find { it.kpi == 'calls' }.status", equalTo("ahead"));
    }

    @Test
    void theWholeWeeksTargetMetOnSundayIsOnPace() {
        Person rep = aRep().create();
        LocalDate sunday = LocalDate.of(2025, 3, 16);
        clock.pin(sunday);
        TestKpis.target(rep, "calls", PeriodKind.WEEK, sunday, "10");
        TestKpis.measure(rep, "calls", LocalDate.of(2025, 3, 12), "10");

        as(rep).get("/api/v1/kpi-attainment?period=week").then()
                .body("kpis.find { it.kpi == 'calls' }.expected", equalTo(10))
                .body("kpis.find { it.kpi == 'calls' }.status", equalTo("on-pace"));
    }

    @Test
    void dealsWonRevenueAndWinRateAreDerivedFromTheDeals() {
        Person rep = aRep().create();
        int won = TestDeals.create(rep, TestDeals.deal("Won"));
        int lost = TestDeals.create(rep, TestDeals.deal("Lost"));
        TestDeals.create(rep, TestDeals.deal("Open"));
        as(rep).body(Map.of("stage", "discovery")).post("/api/v1/deals/" + won + "/stage").then().statusCode(200);
        as(rep).body(Map.of("won", true, "reason", "Fit")).post("/api/v1/deals/" + won + "/close").then().statusCode(200);
        as(rep).body(Map.of("won", false, "reason", "Budget")).post("/api/v1/deals/" + lost + "/close").then().statusCode(200);

        as(rep).get("/api/v1/kpi-attainment").then().statusCode(200)
                .body("kpis.find { it.kpi == 'deals-won' }.actual", equalTo(1))
                .body("kpis.find { it.kpi == 'revenue-won' }.actualDisplay", equalTo("12,500.50"))
                .body("kpis.find { it.kpi == 'win-rate' }.actualDisplay", equalTo("50%"))
                .body("kpis.find { it.kpi == 'pipeline-created' }.actualDisplay", equalTo("37,501.50"))
                .body("kpis.find { it.kpi == 'stage-advances' }.actual", equalTo(2))
                .body("kpis.find { it.kpi == 'discovery-conversion' }.actualDisplay", equalTo("100%"));
    }

    @Test
    void revenueWonCreditsEachPersonTheirShareOfASplitDealAndTheDealCountsForItsOwner() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person owner = aRep().onTeam(team).create();
        Person helper = aRep().onTeam(team).create();
        int deal = TestDeals.create(owner, TestDeals.deal("Split"));
        as(manager).body(Map.of("credits", java.util.List.of(Map.of("personId", owner.id, "percent", 60), Map.of("personId", helper.id,
                "percent", 40)))).put("/api/v1/deals/" + deal + "/credits").then().statusCode(200);
        as(owner).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
        // 12,500.50 at 60% is 7,500.30 and at 40% 5,000.20: together the deal's value, once
        as(owner).get("/api/v1/kpi-attainment").then().statusCode(200)
                .body("kpis.find { it.kpi == 'revenue-won' }.actualDisplay", equalTo("7,500.30"))
                .body("kpis.find { it.kpi == 'deals-won' }.actual", equalTo(1));
        as(helper).get("/api/v1/kpi-attainment").then().statusCode(200)
                .body("kpis.find { it.kpi == 'revenue-won' }.actualDisplay", equalTo("5,000.20"))
                .body("kpis.find { it.kpi == 'deals-won' }.actual", equalTo(0));
    }

    @Test
    void theGrossMarginWonIsDerivedFromTheMarginsOfTheDealsWon() {
        Person rep = aRep().create();
        String key = "margin-won-" + System.nanoTime();
        Person admin = dev.goose.testing.TestPeople.anAdmin().create();
        as(admin).body(Map.of("key", key, "name", "Margin won", "source", "derived", "derivation", "margin-won")).post("/api/v1/kpis")
                .then().statusCode(201).body("unit", equalTo("currency"));
        try {
            Map<String, Object> withMargin = TestDeals.deal("With margin");
            withMargin.put("margin", "4200.10");
            int first = TestDeals.create(rep, withMargin);
            int second = TestDeals.create(rep, TestDeals.deal("No margin given"));
            Map<String, Object> lostOne = TestDeals.deal("Lost with margin");
            lostOne.put("margin", "900");
            int lost = TestDeals.create(rep, lostOne);
            as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + first + "/close").then().statusCode(200);
            as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + second + "/close").then().statusCode(200);
            as(rep).body(Map.of("won", false, "reason", "Budget")).post("/api/v1/deals/" + lost + "/close").then().statusCode(200);
            as(rep).get("/api/v1/kpi-attainment").then().statusCode(200)
                    .body("kpis.find { it.kpi == '" + key + "' }.actualDisplay", equalTo("4,200.10"));
        } finally {
            as(admin).body(Map.of("name", "Margin won", "active", false)).put("/api/v1/kpis/" + key).then().statusCode(200);
        }
    }

    @Test
    void aTeamsTargetIsTheSumOfItsRepsTargetsUnlessItHasItsOwn() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person ann = aRep().onTeam(team).create();
        Person bob = aRep().onTeam(team).create();
        TestKpis.target(ann, "calls", PeriodKind.MONTH, MARCH, "100");
        TestKpis.target(bob, "calls", PeriodKind.MONTH, MARCH, "50");
        TestKpis.measure(ann, "calls", MARCH, "75");
        TestKpis.measure(bob, "calls", MARCH, "75");
        TestKpis.teamTarget(team, "meetings-booked", PeriodKind.MONTH, MARCH, "20");

        as(manager).get("/api/v1/kpi-attainment/teams/" + team.id + "?date=2025-03-15").then().statusCode(200)
                .body("kpis.find { it.kpi == 'calls' }.target", equalTo(150))
                .body("kpis.find { it.kpi == 'calls' }.attainmentDisplay", equalTo("100%"))
                .body("kpis.find { it.kpi == 'meetings-booked' }.target", equalTo(20))
                .body("reps.size()", equalTo(2))
                .body("reps.find { it.personId == " + bob.id + " }.kpis.find { it.kpi == 'calls' }.status", equalTo("ahead"));
    }

    @Test
    void theLeaderboardRanksTeammatesAndTiesShareARank() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person ann = aRep().onTeam(team).create();
        Person bob = aRep().onTeam(team).create();
        Person cy = aRep().onTeam(team).create();
        TestKpis.measure(ann, "calls", MARCH, "5");
        TestKpis.measure(bob, "calls", MARCH, "9");
        TestKpis.measure(cy, "calls", MARCH, "5");

        as(ann).get("/api/v1/leaderboard?kpi=calls&date=2025-03-20").then().statusCode(200)
                .body("rows.size()", equalTo(3))
                .body("rows[0].personId", equalTo(bob.id.intValue())).body("rows[0].rank", equalTo(1))
                .body("rows[1].rank", equalTo(2)).body("rows[2].rank", equalTo(2));
    }

    @Test
    void badPeriodsAndUnknownKpisAreRefusedByField() {
        Person rep = aRep().create();
        as(rep).get("/api/v1/kpi-attainment?period=fortnight&date=2025-13-01").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("period", "date"));
        as(rep).get("/api/v1/leaderboard?kpi=nope").then().statusCode(400).body("errors[0].field", equalTo("kpi"));
    }

    @Test
    void aManagerCannotReadAnotherTeamsRep() {
        Person manager = aManager().create();
        aTeamLedBy(manager);
        Person stranger = aRep().create();
        as(manager).get("/api/v1/kpi-attainment?person=" + stranger.id).then().statusCode(404);
        as(stranger).get("/api/v1/kpi-attainment/teams/1").then().statusCode(403);
    }
}

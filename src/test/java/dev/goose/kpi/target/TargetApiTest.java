package dev.goose.kpi.target;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestTargets.create;
import static dev.goose.testing.TestTargets.monthly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.Ramp;
import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class TargetApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void periodsAreWidenedToWholePeriods() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        as(manager).body(monthly(rep, "calls", 120, "2025-03-17", "2025-05-10")).post("/api/v1/kpi-targets")
                .then().statusCode(201)
                .body("firstPeriod", equalTo("2025-03-01"))
                .body("lastPeriod", equalTo("2025-05-31"))
                .body("kind", equalTo("month"))
                .body("personName", equalTo(rep.name))
                .body("effectiveNow", nullValue());
    }

    @Test
    void anOverlappingTargetIsRefusedNamingTheOneInTheWayAndNothingChanges() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        int first = create(manager, monthly(rep, "calls", 100, "2025-01-01", "2025-06-30"));
        as(manager).body(monthly(rep, "calls", 150, "2025-03-01", null)).post("/api/v1/kpi-targets")
                .then().statusCode(409)
                .body("detail", containsString("from 2025-01-01 to 2025-06-30"));
        as(manager).get("/api/v1/kpi-targets?person=" + rep.id).then().statusCode(200)
                .body("id", contains(first)).body("value", contains(100));
        create(manager, monthly(rep, "calls", 150, "2025-07-01", null));
        Map<String, Object> weekly = monthly(rep, "calls", 30, "2025-03-01", null);
        weekly.put("kind", "week");
        create(manager, weekly);
    }

    @Test
    void aChangeThatWouldReachIntoTheNextTargetIsRefused() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        int spring = create(manager, monthly(rep, "demos-held", 8, "2025-03-01", "2025-05-31"));
        create(manager, monthly(rep, "demos-held", 10, "2025-06-01", null));
        as(manager).body(Map.of("value", 9, "lastPeriod", "2025-06-01")).put("/api/v1/kpi-targets/" + spring)
                .then().statusCode(409).body("detail", containsString("from 2025-06-01 on"));
        as(manager).body(Map.of("value", 9, "lastPeriod", "2025-05-31")).put("/api/v1/kpi-targets/" + spring)
                .then().statusCode(200).body("value", equalTo(9)).body("lastPeriod", equalTo("2025-05-31"));
    }

    @Test
    void negativeValuesUnknownKpisAndMissingFieldsAreNamed() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        as(manager).body(monthly(rep, "calls", -5, "2025-01-01", null)).post("/api/v1/kpi-targets")
                .then().statusCode(400).body("field", equalTo("value")).body("detail", equalTo("A target cannot be negative."));
        as(manager).body(monthly(rep, "no-such-kpi", 5, "2025-01-01", null)).post("/api/v1/kpi-targets")
                .then().statusCode(400).body("field", equalTo("kpi"));
        as(manager).body(Map.of("person", 999_999_999)).post("/api/v1/kpi-targets").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("kpi", "person", "kind", "value", "firstPeriod"));
        Map<String, Object> percent = monthly(rep, "win-rate", 120, "2025-01-01", null);
        as(manager).body(percent).post("/api/v1/kpi-targets").then().statusCode(400).body("field", equalTo("value"));
        Map<String, Object> badRamp = monthly(rep, "calls", 5, "2025-01-01", null);
        badRamp.put("ramp", List.of(50, 150));
        as(manager).body(badRamp).post("/api/v1/kpi-targets").then().statusCode(400).body("field", equalTo("ramp"));
    }

    @Test
    void aRampedTargetShowsWhatItAsksOfARepWhoStartedAMonthAgo() {
        Person manager = aManager().create();
        // Mid-month, so that a month ago is the same day number and the ramp splits the month in two.
        LocalDate today = LocalDate.of(2025, 3, 15);
        clock.pin(today);
        Person rep = aRep().onTeam(aTeamLedBy(manager)).hired(today.minusMonths(1)).create();
        Map<String, Object> body = monthly(rep, "calls", 40, today.minusMonths(2).toString(), null);
        body.put("ramp", List.of(25, 50, 75, 100));
        int id = create(manager, body);
        float effective = as(rep).get("/api/v1/kpi-targets/" + id).then().statusCode(200)
                .body("ramp", contains(25, 50, 75, 100))
                .body("rampFrom", equalTo("onboarding"))
                .body("value", equalTo(40))
                .extract().<Number>path("effectiveNow").floatValue();
        // Hired a month ago today: this month's days before today are at 25 percent, today's and later at 50.
        BigDecimal expected = Ramp.of(today.minusMonths(1), 25, 50, 75, 100)
                .target(BigDecimal.valueOf(40), Period.containing(PeriodKind.MONTH, today));
        assertThat(effective).isCloseTo(expected.floatValue(), org.assertj.core.data.Offset.offset(0.0001f));
        assertThat(effective).isBetween(10f, 20f);
    }

    @Test
    void aRepReadsTheirOwnTargetsButCannotSetThem() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        Person colleague = aRep().onTeam(rep.team).create();
        int mine = create(manager, monthly(rep, "calls", 100, "2025-01-01", null));
        create(manager, monthly(colleague, "calls", 100, "2025-01-01", null));
        as(rep).body(monthly(rep, "calls", 500, "2026-01-01", null)).post("/api/v1/kpi-targets").then().statusCode(403);
        as(rep).body(Map.of("value", 1)).put("/api/v1/kpi-targets/" + mine).then().statusCode(403);
        as(rep).get("/api/v1/kpi-targets").then().statusCode(200).body("id", contains(mine));
    }

    @Test
    void aManagerOfAnotherTeamFindsNothing() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        Person stranger = aManager().create();
        aTeamLedBy(stranger);
        int id = create(manager, monthly(rep, "calls", 100, "2025-01-01", null));
        as(stranger).get("/api/v1/kpi-targets/" + id).then().statusCode(404);
        as(stranger).body(Map.of("value", 1)).put("/api/v1/kpi-targets/" + id).then().statusCode(404);
        as(stranger).delete("/api/v1/kpi-targets/" + id).then().statusCode(404);
        as(stranger).get("/api/v1/kpi-targets?person=" + rep.id).then().statusCode(404);
        as(stranger).body(monthly(rep, "calls", 1, "2027-01-01", null)).post("/api/v1/kpi-targets")
                .then().statusCode(400).body("field", equalTo("person"));
        as(manager).delete("/api/v1/kpi-targets/" + id).then().statusCode(204);
        as(manager).get("/api/v1/kpi-targets/" + id).then().statusCode(404);
    }

    @Test
    void aTeamTargetIsSetByItsLeaderAndHasNoRamp() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Map<String, Object> body = new HashMap<>(Map.of("kpi", "revenue-won", "team", team.id, "kind", "quarter",
                "value", 250000, "firstPeriod", "2025-02-10"));
        as(manager).body(body).post("/api/v1/kpi-targets").then().statusCode(201)
                .body("teamName", equalTo(team.name)).body("firstPeriod", equalTo("2025-01-01"))
                .body("effectiveNow", equalTo(250000));
        as(manager).get("/api/v1/kpi-targets?team=" + team.id).then().body("$", hasSize(1));
        body.put("ramp", List.of(50, 100));
        body.put("firstPeriod", "2030-01-01");
        as(manager).body(body).post("/api/v1/kpi-targets").then().statusCode(400).body("field", equalTo("ramp"));
        as(aManager().create()).body(Map.of("kpi", "calls", "team", team.id, "kind", "month", "value", 1,
                "firstPeriod", "2031-01-01")).post("/api/v1/kpi-targets").then().statusCode(400).body("field", equalTo("team"));
    }
}

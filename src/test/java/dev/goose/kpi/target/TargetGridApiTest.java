package dev.goose.kpi.target;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestTargets.create;
import static dev.goose.testing.TestTargets.monthly;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TargetGridApiTest {

    private static Map<String, Object> cell(Person rep, String kpi, Object value) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("person", rep.id);
        cell.put("kpi", kpi);
        cell.put("value", value);
        return cell;
    }

    @SafeVarargs
    private static Map<String, Object> cells(Map<String, Object>... cells) {
        return Map.of("cells", Arrays.asList(cells));
    }

    private static String grid(Team team, String period) {
        return "/api/v1/kpi-targets/grid?team=" + team.id + "&kind=month&period=" + period;
    }

    @Test
    void theGridHasTheTeamsActiveRepsByActiveKpis() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        aRep().onTeam(team).inactive().create();
        create(manager, monthly(rep, "calls", 120, "2025-01-01", null));
        as(manager).get(grid(team, "2025-03-20")).then().statusCode(200)
                .body("periodStart", equalTo("2025-03-01"))
                .body("periodEnd", equalTo("2025-03-31"))
                .body("kpis.key", hasItem("calls"))
                .body("rows.person", contains(rep.id.intValue()))
                .body("rows[0].cells.find { it.kpi == 'calls' }.value", equalTo(120))
                .body("rows[0].cells.find { it.kpi == 'demos-held' }.value", nullValue());
    }

    @Test
    void aBadCellRefusesTheWholeGridNamingEachBadCell() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        Person elsewhere = aRep().create();
        as(manager).body(cells(cell(rep, "calls", 100), cell(rep, "demos-held", -2), cell(rep, "no-such-kpi", 1),
                cell(elsewhere, "calls", 1), cell(rep, "calls", 5))).put(grid(team, "2025-03-01"))
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("cells[1].value", "cells[2].kpi", "cells[3].person", "cells[4]"));
        as(manager).get("/api/v1/kpi-targets?person=" + rep.id).then().body("id", org.hamcrest.Matchers.empty());
    }

    @Test
    void savingFromAPeriodOnSplitsAnEarlierTargetKeepingItsRamp() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        Person newcomer = aRep().onTeam(team).create();
        Map<String, Object> ramped = monthly(rep, "calls", 40, "2025-01-01", null);
        ramped.put("ramp", List.of(50, 100));
        int january = create(manager, ramped);

        as(manager).body(cells(cell(rep, "calls", 60), cell(newcomer, "meetings-booked", 12))).put(grid(team, "2025-04-15"))
                .then().statusCode(200)
                .body("rows.find { it.person == " + rep.id + " }.cells.find { it.kpi == 'calls' }.value", equalTo(60))
                .body("rows.find { it.person == " + rep.id + " }.cells.find { it.kpi == 'calls' }.firstPeriod", equalTo("2025-04-01"))
                .body("rows.find { it.person == " + rep.id + " }.cells.find { it.kpi == 'calls' }.ramp", equalTo("50,100"));
        as(manager).get("/api/v1/kpi-targets/" + january).then().body("lastPeriod", equalTo("2025-03-31")).body("value", equalTo(40));
        as(manager).get("/api/v1/kpi-targets?person=" + newcomer.id).then()
                .body("firstPeriod", contains("2025-04-01")).body("lastPeriod", contains((Object) null));

        int april = as(manager).get("/api/v1/kpi-targets?person=" + rep.id + "&kpi=calls").then()
                .extract().path("find { it.firstPeriod == '2025-04-01' }.id");
        as(manager).body(cells(cell(rep, "calls", 70))).put(grid(team, "2025-04-01")).then().statusCode(200);
        as(manager).get("/api/v1/kpi-targets/" + april).then().body("value", equalTo(70));

        as(manager).body(cells(cell(rep, "calls", null))).put(grid(team, "2025-04-01")).then().statusCode(200);
        as(manager).get("/api/v1/kpi-targets/" + april).then().statusCode(404);
        as(manager).body(cells(cell(newcomer, "meetings-booked", null))).put(grid(team, "2025-06-01")).then().statusCode(200);
        as(manager).get("/api/v1/kpi-targets?person=" + newcomer.id).then().body("lastPeriod", contains("2025-05-31"));
    }

    @Test
    void aNewTargetFromTheGridStopsBeforeOneAlreadySetLater() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        create(manager, monthly(rep, "calls", 90, "2025-09-01", null));
        as(manager).body(cells(cell(rep, "calls", 50))).put(grid(team, "2025-05-01")).then().statusCode(200);
        as(manager).get("/api/v1/kpi-targets?person=" + rep.id + "&kpi=calls").then()
                .body("firstPeriod", contains("2025-05-01", "2025-09-01"))
                .body("lastPeriod", contains("2025-08-31", null));
    }

    @Test
    void aManagerOfAnotherTeamCannotOpenTheGrid() {
        Team team = aTeamLedBy(aManager().create());
        as(aManager().create()).get(grid(team, "2025-03-01")).then().statusCode(404);
        as(aRep().onTeam(team).create()).get(grid(team, "2025-03-01")).then().statusCode(403);
        as(aManager().create()).get("/api/v1/kpi-targets/grid?kind=month").then().statusCode(400).body("field", equalTo("team"));
    }

    @Test
    void theValueATargetAlreadyHasLeavesItAlone() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        int id = create(manager, monthly(rep, "calls", 40, "2025-01-01", null));
        as(manager).body(cells(cell(rep, "calls", 40.00))).put(grid(team, "2025-04-01")).then().statusCode(200);
        as(manager).get("/api/v1/kpi-targets?person=" + rep.id).then().body("id", contains(id)).body("lastPeriod", contains((Object) null));
    }
}

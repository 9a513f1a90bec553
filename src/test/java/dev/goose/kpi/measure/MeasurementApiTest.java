package dev.goose.kpi.measure;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestKpis;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeasurementApiTest {

    /** A team far ahead of UTC, so that "today" is visibly the team's and not the server's. */
    static Team teamInKiribati(Person manager) {
        Team team = aTeamLedBy(manager);
        QuarkusTransaction.requiringNew().run(() -> Team.<Team>findById(team.id).timeZone = "Pacific/Kiritimati");
        return team;
    }

    static LocalDate todayInKiribati() {
        return LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
    }

    @Test
    void aRepLogsACallFromTheirDealOnTodayInTheirTeamsZone() {
        Person rep = aRep().onTeam(teamInKiribati(aManager().create())).create();
        int deal = TestDeals.create(rep, TestDeals.deal("Logged from"));
        int id = as(rep).body(Map.of("kpi", "calls", "deal", deal, "note", "Spoke to the CFO")).post("/api/v1/measurements/log")
                .then().statusCode(201).header("Location", containsString("/api/v1/measurements/"))
                .body("kpi", equalTo("calls")).body("person", equalTo(rep.id.intValue())).body("value", equalTo(1))
                .body("deal", equalTo(deal)).body("note", equalTo("Spoke to the CFO")).body("origin", equalTo("LOGGED"))
                .body("date", equalTo(todayInKiribati().toString())).extract().path("id");
        as(rep).get("/api/v1/measurements?kpi=calls").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].dealName", equalTo("Logged from"));
    }

    @Test
    void aDealTheCallerCannotSeeIsRefusedByName() {
        Person rep = aRep().create();
        int theirs = TestDeals.create(aRep().create(), TestDeals.deal("Not yours"));
        as(rep).body(Map.of("kpi", "calls", "deal", theirs)).post("/api/v1/measurements/log").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("deal"));
    }

    @Test
    void aDayInTheFutureIsRefusedAndAPastDayIsTaken() {
        Person rep = aRep().onTeam(teamInKiribati(aManager().create())).create();
        String tomorrow = todayInKiribati().plusDays(1).toString();
        as(rep).body(Map.of("kpi", "calls", "date", tomorrow)).post("/api/v1/measurements/log").then().statusCode(400)
                .body("errors.field", hasItem("date")).body("detail", containsString("in the future"));
        as(rep).body(Map.of("kpi", "meetings-booked", "date", "2026-01-05", "value", 2)).post("/api/v1/measurements/log")
                .then().statusCode(201).body("date", equalTo("2026-01-05")).body("value", equalTo(2));
    }

    @Test
    void aDerivedKpiOrAnUnknownOneCannotBeLogged() {
        Person rep = aRep().create();
        as(rep).body(Map.of("kpi", "deals-won")).post("/api/v1/measurements/log").then().statusCode(400)
                .body("errors[0].field", equalTo("kpi")).body("detail", equalTo("'Deals won' is computed from deals, not logged."));
        as(rep).body(Map.of("kpi", "smoke-signals")).post("/api/v1/measurements/log").then().statusCode(400)
                .body("errors[0].field", equalTo("kpi"));
        as(rep).body(Map.of("kpi", "calls", "value", -1)).post("/api/v1/measurements/log").then().statusCode(400)
                .body("errors[0].field", equalTo("value")).body("detail", equalTo("A count cannot be negative."));
        as(rep).get("/api/v1/measurements").then().body("total", equalTo(0));
    }

    @Test
    void aCorrectionIsKeptWithWhoWhenAndWhyAndTheManagerSeesIt() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        int id = TestKpis.logACall(rep);
        as(rep).body(Map.of("value", 0, "reason", "Undone")).post("/api/v1/measurements/" + id + "/corrections").then()
                .statusCode(200).body("measurement.value", equalTo(0)).body("corrections", hasSize(1))
                .body("corrections[0].oldValue", equalTo(1)).body("corrections[0].newValue", equalTo(0))
                .body("corrections[0].reason", equalTo("Undone")).body("corrections[0].by", equalTo(rep.id.intValue()));
        as(manager).body(Map.of("value", 2, "reason", "Two calls in the end")).post("/api/v1/measurements/" + id + "/corrections")
                .then().statusCode(200);
        as(manager).get("/api/v1/measurements/" + id).then().statusCode(200)
                .body("measurement.value", equalTo(2)).body("corrections.reason", equalTo(List.of("Undone", "Two calls in the end")))
                .body("corrections[1].byName", equalTo(manager.name)).body("correctable", equalTo(true));
    }

    @Test
    void aCorrectionNeedsAReasonAndAValueTheUnitAllows() {
        Person rep = aRep().create();
        int id = TestKpis.logACall(rep);
        as(rep).body(Map.of("value", -1)).post("/api/v1/measurements/" + id + "/corrections").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("reason"));
        as(rep).body(Map.of("value", 2, "reason", "x".repeat(501))).post("/api/v1/measurements/" + id + "/corrections")
                .then().statusCode(400).body("field", equalTo("reason")).body("detail", equalTo("Use at most 500 characters."));
        // Once the request has its shape, the value is checked against the KPI's unit.
        as(rep).body(Map.of("value", -1, "reason", "Typo")).post("/api/v1/measurements/" + id + "/corrections").then()
                .statusCode(400).body("field", equalTo("value"));
        as(rep).body(Map.of("value", 1, "reason", "Same")).post("/api/v1/measurements/" + id + "/corrections").then().statusCode(400)
                .body("detail", equalTo("The entry already counts 1."));
        as(rep).get("/api/v1/measurements/" + id).then().body("corrections", hasSize(0)).body("measurement.value", equalTo(1));
    }

    @Test
    void aRepCannotSeeOrCorrectATeammatesEntry() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        int theirs = TestKpis.logACall(aRep().onTeam(team).create());
        as(rep).get("/api/v1/measurements/" + theirs).then().statusCode(404);
        as(rep).body(Map.of("value", 0, "reason", "Undone")).post("/api/v1/measurements/" + theirs + "/corrections").then()
                .statusCode(404).contentType("application/problem+json");
        as(aManager().create()).get("/api/v1/measurements/" + theirs).then().statusCode(404);
        as(manager).get("/api/v1/measurements/" + theirs).then().statusCode(200).body("measurement.value", equalTo(1));
    }

    @Test
    void aRepCorrectsWhatTheyLoggedButNotWhatWasImportedForThem() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String externalId = "own-" + System.nanoTime();
        as(manager).contentType("text/csv").body("person,kpi,date,value,external_id\n" + rep.email + ",calls,2026-01-05,7,"
                + externalId + "\n").post("/api/v1/measurements/import").then().statusCode(200).body("created", equalTo(1));
        int id = as(rep).get("/api/v1/measurements").then().body("items[0].externalId", equalTo(externalId)).extract().path("items[0].id");
        as(rep).get("/api/v1/measurements/" + id).then().statusCode(200).body("correctable", equalTo(false));
        as(rep).body(Map.of("value", 6, "reason", "One was a wrong number")).post("/api/v1/measurements/" + id + "/corrections")
                .then().statusCode(403);
    }

    @Test
    void entriesComeNewestFirstInPagesOfAtMost500() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        for (String day : new String[] { "2026-01-05", "2026-01-07", "2026-01-06" }) {
            as(rep).body(Map.of("kpi", "calls", "date", day)).post("/api/v1/measurements/log").then().statusCode(201);
        }
        as(rep).get("/api/v1/measurements?limit=2").then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(2))
                .body("items.date", equalTo(List.of("2026-01-07", "2026-01-06")));
        as(rep).get("/api/v1/measurements?limit=2&page=2").then().body("items.date", equalTo(List.of("2026-01-05")));
        as(rep).get("/api/v1/measurements?from=2026-01-06&to=2026-01-06").then().body("total", equalTo(1));
        as(rep).get("/api/v1/measurements?limit=501").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as(rep).get("/api/v1/measurements?from=January").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(manager).get("/api/v1/measurements?person=" + rep.id).then().statusCode(200).body("total", equalTo(3))
                .body("personName", equalTo(rep.name));
        as(aManager().create()).get("/api/v1/measurements?person=" + rep.id).then().statusCode(404);
        as(rep).get("/api/v1/measurements?person=" + manager.id).then().statusCode(404);
        as(rep).get("/api/v1/measurements?kpi=calls&limit=1").then().body("items[0].deal", nullValue());
    }
}

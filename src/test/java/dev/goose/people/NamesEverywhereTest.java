package dev.goose.people;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.kpi.PeriodKind;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestKpis;
import dev.goose.testing.TestOnboarding;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Other features keep a person's or a team's id and ask the people feature for the name when they
 * show it: renaming someone, or their team, renames them on their deals, their onboarding, their
 * targets and their numbers at once, with no copy left behind in a feature's own tables or caches.
 */
@QuarkusTest
class NamesEverywhereTest {

    @Test
    void aRenamedRepAndTeamAreShownByTheirNewNamesInEveryFeature() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).managedBy(manager).create();
        int deal = TestDeals.create(rep, TestDeals.deal("Names " + System.nanoTime()));
        as(manager).body(Map.of("stage", "discovery")).post("/api/v1/deals/" + deal + "/stage").then().statusCode(200);
        int enrollment = TestOnboarding.enroll(manager, TestOnboarding.playbook(manager), rep);
        Long target = TestKpis.target(rep, "calls", PeriodKind.MONTH, LocalDate.now(), "40");
        TestKpis.logACall(rep);
        // Seen once under the old names, so that anything kept from this read would show.
        as(rep).get("/api/v1/deals/" + deal).then().statusCode(200).body("ownerName", equalTo(rep.name));
        as(manager).get("/api/v1/enrollments/" + enrollment).then().statusCode(200);

        String newName = rep.name + " Renamed";
        Map<String, Object> person = new HashMap<>(Map.of("name", newName, "email", rep.email, "role", "rep",
                "teamId", team.id, "managerId", manager.id));
        as(admin).body(person).put("/api/v1/people/" + rep.id).then().statusCode(200).body("name", equalTo(newName));
        String newTeam = team.name + " West";
        as(admin).body(Map.of("name", newTeam, "managerId", manager.id)).put("/api/v1/teams/" + team.id).then().statusCode(200);
        String newManager = manager.name + " Renamed";
        as(admin).body(Map.of("name", newManager, "email", manager.email, "role", "manager"))
                .put("/api/v1/people/" + manager.id).then().statusCode(200);

        as(rep).get("/api/v1/deals/" + deal).then().statusCode(200).body("ownerName", equalTo(newName));
        as(manager).get("/api/v1/deals").then().statusCode(200).body("find { it.id == " + deal + " }.ownerName", equalTo(newName));
        as(rep).get("/api/v1/deals/" + deal + "/history").then().statusCode(200).body("by", hasItem(newManager));
        as(manager).get("/api/v1/enrollments/" + enrollment).then().statusCode(200)
                .body("enrollment.personName", equalTo(newName)).body("enrollment.teamName", equalTo(newTeam));
        as(manager).get("/api/v1/kpi-targets/" + target).then().statusCode(200).body("personName", equalTo(newName));
        as(rep).get("/api/v1/measurements").then().statusCode(200)
                .body("personName", equalTo(newName)).body("items[0].recordedBy", equalTo(newName));
    }
}

package dev.goose.people;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TeamApiTest {

    @Test
    void anAdminCreatesATeamWithAManager() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        String name = "Enterprise " + System.nanoTime();
        as(admin).body(Map.of("name", name, "managerId", manager.id)).post("/api/v1/teams")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("managerName", equalTo(manager.name))
                .body("members", equalTo(0));
    }

    @Test
    void aTeamNeedsAUniqueNameAndAnActiveLeader() {
        Person admin = anAdmin().create();
        Team existing = aTeamLedBy(aManager().create());
        Person rep = aRep().create();
        as(admin).body(Map.of("name", existing.name.toUpperCase(), "managerId", rep.id)).post("/api/v1/teams")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "managerId"));
        as(admin).body(Map.of()).post("/api/v1/teams").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "managerId"));
    }

    @Test
    void aManagerReadsOnlyTheTeamsTheyLead() {
        Person manager = aManager().create();
        Team mine = aTeamLedBy(manager);
        Team theirs = aTeamLedBy(aManager().create());
        as(manager).get("/api/v1/teams").then().statusCode(200)
                .body("id", hasItem(mine.id.intValue()))
                .body("id", not(hasItem(theirs.id.intValue())));
        as(manager).get("/api/v1/teams/" + theirs.id).then().statusCode(404);
        as(manager).body(Map.of("name", "Renamed", "managerId", manager.id)).put("/api/v1/teams/" + mine.id)
                .then().statusCode(403);
    }

    @Test
    void anAdminRenamesATeamAndChangesItsManager() {
        Person admin = anAdmin().create();
        Team team = aTeamLedBy(aManager().create());
        Person next = aManager().create();
        as(admin).body(Map.of("name", team.name + " West", "managerId", next.id)).put("/api/v1/teams/" + team.id)
                .then().statusCode(200)
                .body("name", equalTo(team.name + " West"))
                .body("managerId", equalTo(next.id.intValue()));
    }

    @Test
    void aDeactivatedTeamKeepsItsPeopleButIsNoLongerOffered() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person member = aRep().onTeam(team).create();
        as(admin).post("/api/v1/teams/" + team.id + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        as(admin).get("/api/v1/teams").then().body("id", not(hasItem(team.id.intValue())));
        as(admin).get("/api/v1/teams?inactive=true").then().body("id", hasItem(team.id.intValue()));
        as(admin).get("/api/v1/people/" + member.id).then().body("teamId", equalTo(team.id.intValue()));
        as(admin).body(Map.of("name", "Late Joiner", "email", "late" + System.nanoTime() + "@x.io", "role", "rep", "teamId", team.id))
                .post("/api/v1/people").then().statusCode(400).body("field", equalTo("teamId"));
        as(admin).body(Map.of("name", member.name, "email", member.email, "role", "rep", "teamId", team.id))
                .put("/api/v1/people/" + member.id).then().statusCode(200);
        as(admin).post("/api/v1/teams/" + team.id + "/activate").then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void aNewTeamManagerTakesOverTheMembersAndThePreviousOneStopsSeeingThem() {
        Person admin = anAdmin().create();
        Person before = aManager().create();
        Team team = aTeamLedBy(before);
        Person member = aRep().onTeam(team).managedBy(before).create();
        Person after = aManager().create();
        as(admin).body(Map.of("name", team.name, "managerId", after.id)).put("/api/v1/teams/" + team.id)
                .then().statusCode(200);
        as(admin).get("/api/v1/people/" + member.id).then().body("managerId", equalTo(after.id.intValue()));
        as(before).get("/api/v1/people/" + member.id).then().statusCode(404);
        as(after).get("/api/v1/people/" + member.id).then().statusCode(200);
    }

    @Test
    void aTeamLeaderCannotBecomeARep() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        aTeamLedBy(manager);
        as(admin).body(Map.of("name", manager.name, "email", manager.email, "role", "rep"))
                .put("/api/v1/people/" + manager.id).then().statusCode(400).body("field", equalTo("role"));
    }
}

package dev.goose.people;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PeopleApiTest {

    @Test
    void meReturnsTheSignedInPersonAndRole() {
        Person manager = aManager().create();
        as(manager).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo(manager.id.intValue()))
                .body("email", equalTo(manager.email))
                .body("role", equalTo("manager"))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
    }

    @Test
    void aCreatedPersonGetsTheTeamsManagerAndCanSignIn() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        String email = "nora.new." + System.nanoTime() + "@example.com";
        as(admin).body(Map.of("name", "Nora New", "email", email.toUpperCase(), "role", "rep",
                "teamId", team.id, "hireDate", java.time.LocalDate.now().toString(), "password", "nora-first-password"))
                .post("/api/v1/people").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/people/"))
                .body("email", equalTo(email))
                .body("teamName", equalTo(team.name))
                .body("managerId", equalTo(manager.id.intValue()))
                .body("newHire", equalTo(true));
        given().auth().preemptive().basic(email, "nora-first-password").get("/api/v1/me")
                .then().statusCode(200).body("role", equalTo("rep"));
    }

    @Test
    void invalidFieldsAreAllReportedByNameAndNothingIsSaved() {
        Person admin = anAdmin().create();
        long before = countPeople(admin);
        as(admin).body(Map.of("name", " ", "email", "not-an-email", "role", "boss", "teamId", 987654, "password", "short"))
                .post("/api/v1/people").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("name", "email", "role"));
        // Once every field has its shape, the rules past it are reported together.
        as(admin).body(Map.of("name", "N", "email", "n" + System.nanoTime() + "@x.io", "role", "rep", "teamId", 987654,
                "password", "short"))
                .post("/api/v1/people").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("teamId", "password"));
        org.assertj.core.api.Assertions.assertThat(countPeople(admin)).isEqualTo(before);
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        Person admin = anAdmin().create();
        Person existing = aRep().create();
        as(admin).body(Map.of("name", "Copy", "email", existing.email.toUpperCase(), "role", "rep"))
                .post("/api/v1/people").then().statusCode(400)
                .body("field", equalTo("email"));
    }

    @Test
    void aMalformedBodyIsABadRequestNamingTheField() {
        Person admin = anAdmin().create();
        as(admin).body("{\"name\":\"X\",\"email\":\"x@y.io\",\"role\":\"rep\",\"hireDate\":\"yesterday\"}")
                .post("/api/v1/people").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("hireDate"));
        as(admin).body("{\"name\":").post("/api/v1/people").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("line 1"));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        Person admin = anAdmin().create();
        as(admin).body(Map.of("name", "D", "email", "d" + System.nanoTime() + "@x.io", "role", "rep", "hiredate", "2026-01-01"))
                .post("/api/v1/people").then().statusCode(400)
                .body("field", equalTo("hiredate"))
                .body("detail", equalTo("There is no field 'hiredate'."));
    }

    @Test
    void anAdminUnlocksALockedPerson() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(rep.email, "wrong guess " + i).get("/api/v1/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(rep.email, dev.goose.testing.TestPeople.PASSWORD).get("/api/v1/me").then().statusCode(429);
        as(admin).post("/api/v1/people/" + rep.id + "/unlock").then().statusCode(200).body("locked", equalTo(false));
        as(rep).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aManagerSeesOnlyTheirOwnTeamsPeople() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person mine = aRep().onTeam(team).create();
        Person direct = aRep().managedBy(manager).create();
        Person other = aRep().onTeam(aTeamLedBy(aManager().create())).create();
        as(manager).get("/api/v1/people").then().statusCode(200)
                .body("id", hasItem(mine.id.intValue()))
                .body("id", hasItem(direct.id.intValue()))
                .body("id", not(hasItem(other.id.intValue())));
        as(manager).get("/api/v1/people/" + mine.id).then().statusCode(200).body("name", equalTo(mine.name));
        as(manager).get("/api/v1/people/" + other.id).then().statusCode(404)
                .contentType("application/problem+json");
        as(manager).get("/api/v1/people?team=" + team.id).then().statusCode(200)
                .body("id", containsInAnyOrder(mine.id.intValue()));
    }

    @Test
    void managersAndRepsCannotWrite() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        Map<String, Object> body = Map.of("name", "X", "email", "x" + System.nanoTime() + "@y.io", "role", "rep");
        as(manager).body(body).post("/api/v1/people").then().statusCode(403).contentType("application/problem+json");
        as(rep).body(body).post("/api/v1/people").then().statusCode(403);
        as(rep).get("/api/v1/people").then().statusCode(403);
    }

    @Test
    void anonymousCallsGetAProblemAndAChallenge() {
        given().get("/api/v1/people").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
        given().auth().preemptive().basic("nobody@test.goose", "whatever it is").get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aDeactivatedPersonCannotSignInAndKeepsTheirRecord() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        as(rep).get("/api/v1/me").then().statusCode(200);
        as(admin).post("/api/v1/people/" + rep.id + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        as(rep).get("/api/v1/me").then().statusCode(401);
        as(admin).get("/api/v1/people/" + rep.id).then().statusCode(200).body("name", equalTo(rep.name));
        as(admin).get("/api/v1/people").then().body("id", not(hasItem(rep.id.intValue())));
        as(admin).get("/api/v1/people?inactive=true").then().body("id", hasItem(rep.id.intValue()));
        as(admin).post("/api/v1/people/" + rep.id + "/activate").then().statusCode(200);
        as(rep).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        Person admin = anAdmin().create();
        as(admin).post("/api/v1/people/" + admin.id + "/deactivate").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("yourself"));
    }

    @Test
    void anUpdateChangesTheRoleAndAPasswordResetUnlocksAndRetiresTheOldPassword() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        as(rep).get("/api/v1/me").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(rep.email, "wrong guess " + i).get("/api/v1/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(rep.email, "wrong guess 5").get("/api/v1/me").then().statusCode(429);
        as(admin).body(Map.of("name", rep.name, "email", rep.email, "role", "manager", "password", "a fresh password"))
                .put("/api/v1/people/" + rep.id).then().statusCode(200).body("role", equalTo("manager"));
        given().auth().preemptive().basic(rep.email, "a fresh password").get("/api/v1/me")
                .then().statusCode(200).body("role", equalTo("manager"));
        as(rep).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void nobodyManagesThemselvesAndOnlyLeadersManage() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        Person rep = aRep().create();
        as(admin).body(Map.of("name", manager.name, "email", manager.email, "role", "manager", "managerId", manager.id))
                .put("/api/v1/people/" + manager.id).then().statusCode(400).body("field", equalTo("managerId"));
        as(admin).body(Map.of("name", "Y", "email", "y" + System.nanoTime() + "@y.io", "role", "rep", "managerId", rep.id))
                .post("/api/v1/people").then().statusCode(400).body("field", equalTo("managerId"));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        Person admin = anAdmin().create();
        as(admin).get("/api/v1/people/987654321").then().statusCode(404).body("title", equalTo("Not Found"));
        as(admin).get("/api/v1/people/not-a-number").then().statusCode(404).body("trace", nullValue());
    }

    private static long countPeople(Person admin) {
        return as(admin).get("/api/v1/people?inactive=true").then().extract().jsonPath().getList("id").size();
    }
}

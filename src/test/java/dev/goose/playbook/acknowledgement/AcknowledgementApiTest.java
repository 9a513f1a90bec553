package dev.goose.playbook.acknowledgement;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestPeople;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AcknowledgementApiTest {

    private static ValidatableResponse toRead(Person person) {
        return as(person).get("/api/v1/acknowledgements/to-read").then().statusCode(200);
    }

    private static ValidatableResponse acknowledge(Person person, String slug, int version, int status) {
        return as(person).body(Map.of("playbook", slug, "version", version)).post("/api/v1/acknowledgements")
                .then().statusCode(status);
    }

    @Test
    void everyoneMustReadANewPlaybookAndAcknowledgingTakesItOffTheirList() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish();

        toRead(rep).body("find { it.slug == '" + playbook.slug() + "' }.version", equalTo(1))
                .body("find { it.slug == '" + playbook.slug() + "' }.since", nullValue());
        acknowledge(rep, playbook.slug(), 1, 201).body("version", equalTo(1)).body("created", equalTo(true));
        toRead(rep).body("slug", not(hasItem(playbook.slug())));
        toRead(manager).body("slug", hasItem(playbook.slug()));
    }

    @Test
    void aMinorVersionResetsNobodyButAMajorOneAsksEveryoneAgainWithTheVersionToDiffFrom() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish();
        acknowledge(rep, playbook.slug(), 1, 201);

        playbook.publishMinor("Ask about the budget, politely.");
        toRead(rep).body("slug", not(hasItem(playbook.slug())));

        playbook.publishMajor("Ask who owns the budget.");
        toRead(rep).body("find { it.slug == '" + playbook.slug() + "' }.version", equalTo(3))
                .body("find { it.slug == '" + playbook.slug() + "' }.since", equalTo(1))
                .body("find { it.slug == '" + playbook.slug() + "' }.major", equalTo(true));
        as(rep).get("/api/v1/playbooks/" + playbook.slug() + "/versions").then().body("major", contains(true, false, false));
        acknowledge(rep, playbook.slug(), 3, 201);
        toRead(rep).body("slug", not(hasItem(playbook.slug())));
    }

    @Test
    void onlyTheRolesInTheAudienceAreAsked() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook forManagers = TestPlaybook.by(manager).forAudience("manager").publish();

        toRead(manager).body("slug", hasItem(forManagers.slug()));
        toRead(rep).body("slug", not(hasItem(forManagers.slug())));
    }

    @Test
    void acknowledgingTwiceRecordsOnceAndAnOlderVersionIsAConflict() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish();
        String first = acknowledge(rep, playbook.slug(), 1, 201).extract().path("acknowledgedAt");
        acknowledge(rep, playbook.slug(), 1, 200).body("created", equalTo(false)).body("acknowledgedAt", equalTo(first));

        playbook.publishMajor("Ask who owns the budget.");
        acknowledge(rep, playbook.slug(), 1, 409).contentType("application/problem+json")
                .body("currentVersion", equalTo(2)).body("detail", containsString("acknowledge version 2"));
        acknowledge(rep, playbook.slug(), 7, 409).body("currentVersion", equalTo(2));
    }

    @Test
    void anUnknownPlaybookIsNotFoundAndAMissingVersionIsBadInput() {
        Person rep = aRep().create();
        acknowledge(rep, "no/such-playbook", 1, 404).contentType("application/problem+json");
        as(rep).body(Map.of("playbook", "sales/stages")).post("/api/v1/acknowledgements").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void aManagerSeesWhoOfTheirPeopleHasNotAcknowledgedPerPlaybookAndPerPerson() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person reader = aRep().onTeam(team).create();
        Person laggard = aRep().onTeam(team).create();
        Person gone = aRep().onTeam(team).inactive().create();
        Person stranger = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).forAudience("rep").publish();
        acknowledge(reader, playbook.slug(), 1, 201);

        String row = "find { it.slug == '" + playbook.slug() + "' }";
        as(manager).get("/api/v1/acknowledgements/outstanding/playbooks").then().statusCode(200)
                .body(row + ".version", equalTo(1))
                .body(row + ".audience", equalTo(2))
                .body(row + ".acknowledged", equalTo(1))
                .body(row + ".notAcknowledged.name", equalTo(List.of(laggard.name)));
        as(manager).get("/api/v1/acknowledgements/outstanding/people").then().statusCode(200)
                .body("name", not(hasItem(gone.name)))
                .body("name", not(hasItem(stranger.name)))
                .body("find { it.id == " + laggard.id + " }.toRead.slug", hasItem(playbook.slug()))
                .body("find { it.id == " + reader.id + " }.toRead.slug", not(hasItem(playbook.slug())));
        as(reader).get("/api/v1/acknowledgements/outstanding/people").then().statusCode(403);
    }

    @Test
    void aRoleChangeBringsThePlaybooksOfTheNewRole() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook forManagers = TestPlaybook.by(manager).forAudience("manager").publish();
        toRead(rep).body("slug", not(hasItem(forManagers.slug())));
        as(TestPeople.anAdmin().create()).body(Map.of("name", rep.name, "email", rep.email, "role", "manager"))
                .put("/api/v1/people/" + rep.id).then().statusCode(200);
        toRead(rep).body("slug", hasItem(forManagers.slug()));
    }
}

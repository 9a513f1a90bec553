package dev.goose.people;

import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.goose.testing.PageSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PeoplePagesTest {

    @Test
    void anAdminAddsATeamAndAPersonThroughTheForms() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        PageSession session = PageSession.signedIn(admin);
        String team = "Mid-market " + System.nanoTime();
        String teamPage = session.postForm("/teams", "name", team, "managerId", manager.id.toString())
                .then().statusCode(303).extract().header("Location");
        session.get(teamPage).then().statusCode(200).body(containsString(team)).body(containsString(manager.name));
        String teamId = teamPage.replaceAll(".*/teams/(\\d+).*", "$1");

        String email = "hana." + System.nanoTime() + "@example.com";
        String personPage = session.postForm("/people", "name", "Hana Hire", "email", email, "role", "rep",
                "teamId", teamId, "managerId", "", "hireDate", java.time.LocalDate.now().toString(), "password", "hana's first pass")
                .then().statusCode(303).extract().header("Location");
        session.get(personPage).then().statusCode(200)
                .body(containsString("Hana Hire"))
                .body(containsString(team))
                .body(containsString("new hire"))
                .body(containsString(manager.name));
        PageSession.signIn(email, "hana's first pass").get("/").then().statusCode(200).body(containsString("Welcome aboard"));
    }

    @Test
    void aRefusedFormComesBackAsTypedWithMessagesBesideTheFields() {
        Person admin = anAdmin().create();
        Person existing = aRep().create();
        PageSession session = PageSession.signedIn(admin);
        session.postForm("/people", "name", "Dup Licate", "email", existing.email.toUpperCase(), "role", "rep",
                "teamId", "", "managerId", "", "hireDate", "31/01/2026", "password", "")
                .then().statusCode(400)
                .body(containsString("value=\"Dup Licate\""))
                .body(containsString("Enter a date like"));
        session.postForm("/people", "name", "Dup Licate", "email", existing.email.toUpperCase(), "role", "rep",
                "teamId", "", "managerId", "", "hireDate", "", "password", "")
                .then().statusCode(400)
                .body(containsString("Someone already has this email address."));
    }

    @Test
    void aBadDateIsReportedTogetherWithEveryOtherProblem() {
        PageSession session = PageSession.signedIn(anAdmin().create());
        session.postForm("/people", "name", " ", "email", "not-an-email", "role", "rep", "teamId", "", "managerId", "",
                "hireDate", "2026-13-45", "password", "short")
                .then().statusCode(400)
                .body(containsString("Enter a date like"))
                .body(containsString("Enter a name."))
                .body(containsString("Enter an email address like"))
                .body(containsString("Use at least 10 characters."));
    }

    @Test
    void aRepsHomeNamesTheirTeamWithoutLinkingToAPageTheyCannotOpen() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        PageSession.signedIn(rep).get("/").then().statusCode(200)
                .body(containsString(team.name))
                .body(not(containsString("href=\"/teams/" + team.id + "\"")));
    }

    @Test
    void anAdminDeactivatesAndReactivatesFromThePersonPage() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(admin);
        session.postForm("/people/" + rep.id + "/deactivate").then().statusCode(303)
                .header("Location", endsWith("/people/" + rep.id + "?done=deactivated"));
        session.get("/people/" + rep.id + "?done=deactivated").then()
                .body(containsString("Deactivated.")).body(containsString("Reactivate"));
        session.get("/people/" + rep.id + "?done=<script>").then().body(not(containsString("<script>")));
        session.postForm("/people/" + rep.id + "/activate").then().statusCode(303);
        session.get("/people/" + rep.id).then().body(containsString("Deactivate"));
    }

    @Test
    void aDeactivatedTeamDisappearsFromListsAndForms() {
        Person admin = anAdmin().create();
        Team team = aTeamLedBy(aManager().create());
        PageSession session = PageSession.signedIn(admin);
        session.postForm("/teams/" + team.id + "/deactivate").then().statusCode(303);
        session.get("/teams/" + team.id).then().statusCode(200).body(containsString("Reactivate team"));
        session.get("/teams").then().body(not(containsString(team.name)));
        session.get("/teams?inactive=true").then().body(containsString(team.name));
        session.get("/people/new").then().body(not(containsString(team.name)));
        session.postForm("/teams/" + team.id + "/activate").then().statusCode(303);
        session.get("/people/new").then().body(containsString(team.name));
    }

    @Test
    void aManagerReadsTheirTeamButCannotChangeIt() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person mine = aRep().onTeam(team).create();
        Person other = aRep().create();
        PageSession session = PageSession.signedIn(manager);
        session.get("/people").then().statusCode(200)
                .body(containsString(mine.name))
                .body(not(containsString(other.name)))
                .body(not(containsString("Add a person")));
        session.get("/teams/" + team.id).then().statusCode(200).body(containsString(mine.name));
        session.get("/people/" + other.id).then().statusCode(404).body(containsString("was not found"));
        session.get("/people/new").then().statusCode(403).body(containsString("Your role does not allow this."));
        session.postForm("/people/" + mine.id + "/deactivate").then().statusCode(403);
    }

    @Test
    void aRepCannotOpenPeopleOrTeamPages() {
        PageSession session = PageSession.signedIn(aRep().create());
        session.get("/people").then().statusCode(403).body(containsString("<html"));
        session.get("/teams").then().statusCode(403);
    }
}

package dev.goose.playbook.acknowledgement;

import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ToReadPagesTest {

    @Test
    void aReaderOpensAMajorChangeSeesWhatChangedSinceTheirVersionAndAcknowledgesIt() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish();
        PageSession session = PageSession.signedIn(rep);
        session.postForm("/to-read/" + playbook.slug() + "/acknowledge", "version", "1").then().statusCode(303);
        playbook.publishMajor("Ask who owns the budget.");

        session.get("/to-read").then().statusCode(200)
                .body(containsString(playbook.title()))
                .body(containsString("Changed since version 1"));
        session.get("/to-read/" + playbook.slug()).then().statusCode(200)
                .body(containsString("What changed since version 1"))
                .body(containsString("- Ask about the budget."))
                .body(containsString("+ Ask who owns the budget."))
                .body(containsString("I have read version 2"));
        session.postForm("/to-read/" + playbook.slug() + "/acknowledge", "version", "2").then().statusCode(303)
                .header("Location", containsString("/to-read?done=acknowledged"));
        session.get("/to-read?done=acknowledged").then().statusCode(200)
                .body(containsString("Acknowledged"))
                .body(not(containsString(playbook.title())));
        session.get("/to-read/" + playbook.slug()).then().statusCode(200)
                .body(containsString("You acknowledged version 2"));
    }

    @Test
    void someoneWhoNeverReadItReadsTheWholePlaybook() {
        Person manager = aManager().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish().publishMinor("Ask about the budget first.");
        PageSession.signedIn(aRep().create()).get("/to-read/" + playbook.slug()).then().statusCode(200)
                .body(containsString("read it, then acknowledge it"))
                .body(containsString("Ask about the budget first."))
                .body(not(containsString("What changed since")));
    }

    @Test
    void acknowledgingAVersionThatIsNoLongerCurrentShowsThePageAgainWithTheReason() {
        Person manager = aManager().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish().publishMajor("Ask who owns the budget.");
        PageSession session = PageSession.signedIn(aRep().create());
        session.postForm("/to-read/" + playbook.slug() + "/acknowledge", "version", "1").then().statusCode(409)
                .body(containsString("Version 2 of this playbook is current"))
                .body(containsString("I have read version 2"));
        session.request().contentType("application/x-www-form-urlencoded").formParam("version", "2")
                .post("/to-read/" + playbook.slug() + "/acknowledge").then().statusCode(403);
    }

    @Test
    void aManagerSeesWhoHasNotReadWhatAndARepMayNot() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person laggard = aRep().onTeam(team).create();
        TestPlaybook playbook = TestPlaybook.by(manager).forAudience("rep").publish();
        PageSession.signedIn(manager).get("/acknowledgements").then().statusCode(200)
                .body(containsString(playbook.title()))
                .body(containsString(laggard.name))
                .body(containsString("0 of 1"));
        PageSession.signedIn(laggard).get("/acknowledgements").then().statusCode(403);
    }
}

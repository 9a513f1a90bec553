package dev.goose.onboarding;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestOnboarding.enroll;
import static dev.goose.testing.TestOnboarding.item;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestOnboarding;
import io.quarkus.test.junit.QuarkusTest;

/** Enrollments and checklists through the API, as a manager and their new hire use them. */
@QuarkusTest
class EnrollmentApiTest {

    private Person manager;
    private Team team;
    private Person hire;
    private String playbook;

    @BeforeEach
    void aManagerWithANewHireAndAnOnboardingPlaybook() {
        manager = aManager().create();
        team = aTeamLedBy(manager);
        hire = aRep().onTeam(team).hired(LocalDate.now()).create();
        playbook = TestOnboarding.playbook(manager);
    }

    @Test
    void aManagerEnrollsANewHireOnTheCurrentVersionStartingToday() {
        as(manager).body(Map.of("playbook", playbook, "people", List.of(hire.id))).post("/api/v1/enrollments")
                .then().statusCode(201)
                .body("[0].personName", equalTo(hire.name))
                .body("[0].version", equalTo(1))
                .body("[0].startDate", equalTo(LocalDate.now().toString()))
                .body("[0].total", equalTo(4))
                .body("[0].open", equalTo(true));
    }

    @Test
    void enrollingTheSamePersonTwiceIsRefusedByNameAndChangesNothing() {
        enroll(manager, playbook, hire);
        as(manager).body(Map.of("playbook", playbook, "people", List.of(hire.id))).post("/api/v1/enrollments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("people"))
                .body("detail", containsString(hire.name + " is already enrolled"));
        as(manager).get("/api/v1/enrollments?person=" + hire.id).then().body("", hasSize(1));
    }

    @Test
    void aBulkEnrollIsAllOrNothingAndNamesEveryoneWhoCannotBeEnrolled() {
        Person second = aRep().onTeam(team).create();
        Person already = aRep().onTeam(team).create();
        Person stranger = aRep().create();
        enroll(manager, playbook, already);
        as(manager).body(Map.of("playbook", playbook, "people", List.of(hire.id, second.id, already.id, stranger.id)))
                .post("/api/v1/enrollments").then().statusCode(400)
                .body("errors.message", hasItems(containsString(already.name + " is already enrolled"),
                        containsString("nobody with the id " + stranger.id)))
                .body("errors", hasSize(2));
        as(manager).get("/api/v1/enrollments?person=" + hire.id).then().body("", hasSize(0));
        as(manager).body(Map.of("playbook", playbook, "people", List.of(hire.id, second.id))).post("/api/v1/enrollments")
                .then().statusCode(201).body("personName", equalTo(List.of(hire.name, second.name)));
    }

    @Test
    void onlyAPublishedOnboardingPlaybookTakesEnrollments() {
        as(manager).body(Map.of("playbook", "sales/stages", "people", List.of(hire.id))).post("/api/v1/enrollments")
                .then().statusCode(400).body("field", equalTo("playbook")).body("detail", containsString("only onboarding"));
        as(manager).body(Map.of("people", List.of(hire.id))).post("/api/v1/enrollments")
                .then().statusCode(400).body("field", equalTo("playbook"));
        as(manager).body(Map.of("playbook", playbook, "people", List.of())).post("/api/v1/enrollments")
                .then().statusCode(400).body("field", equalTo("people"));
    }

    @Test
    void theNewHireTicksAnItemWithANoteAndALink() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of("note", "All four work", "link", "https://it.example.com/ticket/12"))
                .post(item(id, "setup", "done")).then().statusCode(200)
                .body("items.find { it.id == 'setup' }.state", equalTo("DONE"))
                .body("items.find { it.id == 'setup' }.note", equalTo("All four work"))
                .body("items.find { it.id == 'setup' }.link", equalTo("https://it.example.com/ticket/12"))
                .body("items.find { it.id == 'setup' }.history[0].by", equalTo(hire.name))
                .body("enrollment.finished", equalTo(1));
        as(hire).body(Map.of("link", "javascript:alert(1)")).post(item(id, "shadow", "done"))
                .then().statusCode(400).body("field", equalTo("link"));
    }

    @Test
    void tickingAnItemThatIsNotInThePinnedVersionIsRefusedWithTheField() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of()).post(item(id, "meet-se", "done")).then().statusCode(400)
                .body("field", equalTo("item")).body("detail", containsString("'meet-se'"));
    }

    @Test
    void aRepCannotSignOffEvenTheirOwnTickedItem() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of()).post(item(id, "pitch", "done")).then().statusCode(200)
                .body("items.find { it.id == 'pitch' }.state", equalTo("AWAITING_SIGN_OFF"))
                .body("agenda.awaitingSignOff.id", equalTo(List.of("pitch")));
        as(hire).body(Map.of()).post(item(id, "pitch", "sign-off")).then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("Only a manager can sign off an item."));
        as(manager).get("/api/v1/enrollments/" + id).then().body("items.find { it.id == 'pitch' }.state",
                equalTo("AWAITING_SIGN_OFF"));
        as(manager).body(Map.of("comment", "Strong opener")).post(item(id, "pitch", "sign-off")).then().statusCode(200)
                .body("items.find { it.id == 'pitch' }.state", equalTo("DONE"));
    }

    @Test
    void skippingNeedsAManagerAndAReason() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of("reason", "Did it before")).post(item(id, "shadow", "skip")).then().statusCode(403);
        as(manager).body(Map.of()).post(item(id, "shadow", "skip")).then().statusCode(400).body("field", equalTo("reason"));
        as(manager).body(Map.of("reason", "Shadowed demos in the previous role")).post(item(id, "shadow", "skip"))
                .then().statusCode(200).body("items.find { it.id == 'shadow' }.state", equalTo("SKIPPED"))
                .body("items.find { it.id == 'shadow' }.skipReason", equalTo("Shadowed demos in the previous role"));
    }

    @Test
    void aManagerSendsATickedItemBackWithACommentAndTheNoteStaysInItsHistory() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of("note", "Did it on Tuesday")).post(item(id, "pitch", "done")).then().statusCode(200);
        as(manager).body(Map.of()).post(item(id, "pitch", "send-back")).then().statusCode(400).body("field", equalTo("comment"));
        as(manager).body(Map.of("comment", "Open with the customer's problem")).post(item(id, "pitch", "send-back"))
                .then().statusCode(200)
                .body("items.find { it.id == 'pitch' }.state", equalTo("OPEN"))
                .body("items.find { it.id == 'pitch' }.sentBack", equalTo("Open with the customer's problem"))
                .body("items.find { it.id == 'pitch' }.history.text", equalTo(List.of("Did it on Tuesday",
                        "Open with the customer's problem")));
        as(manager).body(Map.of("comment", "Again?")).post(item(id, "pitch", "send-back")).then().statusCode(409);
    }

    @Test
    void theEnrollmentCompletesWithTheDateWhenTheLastItemIsSignedOffAndReopensWhenAManagerReopensOne() {
        int id = enroll(manager, playbook, hire);
        for (String done : List.of("setup", "shadow", "calls", "pitch")) {
            as(hire).body(Map.of()).post(item(id, done, "done")).then().statusCode(200)
                    .body("enrollment.open", equalTo(true)).body("enrollment.completedOn", nullValue());
        }
        as(manager).body(Map.of()).post(item(id, "pitch", "sign-off")).then().statusCode(200)
                .body("enrollment.open", equalTo(false))
                .body("enrollment.completedOn", equalTo(LocalDate.now().toString()))
                .body("enrollment.percentDone", equalTo(100));
        as(manager).get("/api/v1/enrollments?person=" + hire.id).then().body("", hasSize(0));
        as(manager).get("/api/v1/enrollments?completed=true&person=" + hire.id).then().body("[0].completedOn", notNullValue());
        as(manager).post(item(id, "calls", "reopen")).then().statusCode(200)
                .body("enrollment.open", equalTo(true)).body("enrollment.completedOn", nullValue());
    }

    @Test
    void anUpgradeKeepsProgressByItemIdAndListsWhatWasRemoved() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of("note", "Done")).post(item(id, "setup", "done")).then().statusCode(200);
        as(hire).body(Map.of()).post(item(id, "shadow", "done")).then().statusCode(200);
        as(hire).body(Map.of()).post(item(id, "calls", "done")).then().statusCode(200);
        TestOnboarding.publishV2(manager, playbook);
        as(hire).get("/api/v1/enrollments/" + id).then().body("enrollment.upgradeAvailable", equalTo(true))
                .body("enrollment.currentVersion", equalTo(2));
        as(hire).post("/api/v1/enrollments/" + id + "/upgrade").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("added", equalTo(List.of("meet-se")))
                .body("removed.id", equalTo(List.of("calls")))
                .body("removed[0].state", equalTo("DONE"))
                .body("reworded.id", equalTo(List.of("shadow")))
                .body("enrollment.finished", equalTo(2)).body("enrollment.total", equalTo(4));
        as(hire).get("/api/v1/enrollments/" + id).then()
                .body("enrollment.version", equalTo(2)).body("enrollment.upgradeAvailable", equalTo(false))
                .body("items.find { it.id == 'setup' }.note", equalTo("Done"))
                .body("items.find { it.id == 'shadow' }.state", equalTo("DONE"))
                .body("items.find { it.id == 'meet-se' }.state", equalTo("OPEN"))
                .body("items.id", not(hasItem("calls")));
        as(hire).post("/api/v1/enrollments/" + id + "/upgrade").then().statusCode(409)
                .body("detail", containsString("already on the current version"));
    }

    @Test
    void aManagerUpgradesTheWholeTeamAtOnce() {
        Person second = aRep().onTeam(team).create();
        int first = enroll(manager, playbook, hire);
        int other = enroll(manager, playbook, second);
        as(hire).body(Map.of()).post(item(first, "setup", "done")).then().statusCode(200);
        TestOnboarding.publishV2(manager, playbook);
        as(hire).body(Map.of("playbook", playbook)).post("/api/v1/enrollments/upgrade").then().statusCode(403);
        as(manager).body(Map.of("playbook", playbook)).post("/api/v1/enrollments/upgrade").then().statusCode(200)
                .body("enrollment.id", hasItems(first, other)).body("", hasSize(2)).body("to", everyItemIs(2));
        as(hire).get("/api/v1/enrollments/" + first).then().body("items.find { it.id == 'setup' }.state", equalTo("DONE"));
    }

    @Test
    void aManagerMovesOneDueDateOrAllOpenOnesAndARepCannot() {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int id = enroll(manager, playbook, hire, monday.toString());
        String saturday = monday.plusDays(19).toString();
        as(hire).body(Map.of("date", saturday)).put(item(id, "setup", "due")).then().statusCode(403);
        as(manager).body(Map.of("date", saturday)).put(item(id, "setup", "due")).then().statusCode(200)
                .body("items.find { it.id == 'setup' }.due", equalTo(saturday))
                .body("items.find { it.id == 'setup' }.dueMoved", equalTo(true));
        as(hire).body(Map.of()).post(item(id, "pitch", "done")).then().statusCode(200);
        as(hire).body(Map.of()).post(item(id, "calls", "done")).then().statusCode(200);
        as(manager).body(Map.of("days", 7)).post("/api/v1/enrollments/" + id + "/due-dates").then().statusCode(200);
        as(manager).get("/api/v1/enrollments/" + id).then()
                // A Saturday plus seven days is a Saturday again: it moves on to Monday.
                .body("items.find { it.id == 'setup' }.due", equalTo(monday.plusDays(28).toString()))
                .body("items.find { it.id == 'shadow' }.due", equalTo(monday.plusDays(14).toString()))
                .body("items.find { it.id == 'pitch' }.due", equalTo(monday.plusDays(9).toString()))
                .body("items.find { it.id == 'calls' }.dueMoved", equalTo(false));
        as(manager).body(Map.of("days", 0)).post("/api/v1/enrollments/" + id + "/due-dates").then().statusCode(400)
                .body("field", equalTo("days"));
        as(hire).body(Map.of("days", 7)).post("/api/v1/enrollments/" + id + "/due-dates").then().statusCode(403);
    }

    @Test
    void aRepSeesOnlyTheirOwnEnrollmentsAndAManagerOnlyTheirTeams() {
        int mine = enroll(manager, playbook, hire);
        Person otherManager = aManager().create();
        Person elsewhere = aRep().onTeam(aTeamLedBy(otherManager)).create();
        int theirs = enroll(otherManager, playbook, elsewhere);
        Person colleague = aRep().onTeam(team).create();
        as(hire).get("/api/v1/enrollments").then().statusCode(200).body("id", equalTo(List.of(mine)));
        as(colleague).get("/api/v1/enrollments/" + mine).then().statusCode(404);
        as(colleague).body(Map.of()).post(item(mine, "setup", "done")).then().statusCode(404);
        as(manager).get("/api/v1/enrollments").then().body("id", hasItem(mine)).body("id", not(hasItem(theirs)));
        as(manager).get("/api/v1/enrollments/" + theirs).then().statusCode(404);
        as(manager).body(Map.of("comment", "x")).post(item(theirs, "pitch", "sign-off")).then().statusCode(404);
        as(hire).body(Map.of("playbook", playbook, "people", List.of(colleague.id))).post("/api/v1/enrollments")
                .then().statusCode(403);
    }

    @Test
    void aRepAddedByAnAdminIsEnrolledByTheRuleFromTheirHireDate() {
        Person admin = anAdmin().create();
        as(manager).body(Map.of("playbooks", List.of(playbook))).put("/api/v1/onboarding/auto-enrollment").then().statusCode(403);
        as(admin).body(Map.of("playbooks", List.of("sales/stages"))).put("/api/v1/onboarding/auto-enrollment")
                .then().statusCode(400).body("field", equalTo("playbooks"));
        try {
            as(admin).body(Map.of("playbooks", List.of(playbook))).put("/api/v1/onboarding/auto-enrollment")
                    .then().statusCode(200).body("playbooks", equalTo(List.of(playbook)));
            String hired = LocalDate.now().minusDays(2).toString();
            int rep = as(admin).body(Map.of("name", "Auto Enrolled", "email", "auto." + System.nanoTime() + "@test.goose",
                    "role", "rep", "teamId", team.id, "hireDate", hired)).post("/api/v1/people").then().statusCode(201)
                    .extract().path("id");
            int lead = as(admin).body(Map.of("name", "Not A Rep", "email", "lead." + System.nanoTime() + "@test.goose",
                    "role", "manager")).post("/api/v1/people").then().statusCode(201).extract().path("id");
            as(manager).get("/api/v1/enrollments?person=" + rep).then().body("playbook", equalTo(List.of(playbook)))
                    .body("[0].startDate", equalTo(hired));
            as(admin).get("/api/v1/enrollments?person=" + lead).then().body("", hasSize(0));
        } finally {
            as(admin).body(Map.of("playbooks", List.of())).put("/api/v1/onboarding/auto-enrollment").then().statusCode(200);
        }
    }

    @Test
    void theTeamViewExportsAsCsv() {
        enroll(manager, playbook, hire);
        String csv = as(manager).get("/api/v1/enrollments/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("person,team,playbook,version")
                .contains(hire.name + "," + team.name);
        as(hire).get("/api/v1/enrollments/export").then().statusCode(403);
    }

    private static org.hamcrest.Matcher<Iterable<? extends Integer>> everyItemIs(int value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}

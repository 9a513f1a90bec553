package dev.goose.onboarding.newhire;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestOnboarding.enroll;
import static dev.goose.testing.TestOnboarding.item;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestOnboarding;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The onboarding pages as a browser gets them, with and without htmx. */
@QuarkusTest
class OnboardingPagesTest {

    private Person manager;
    private Team team;
    private Person hire;
    private String playbook;

    @BeforeEach
    void aManagerWithANewHireAndAnOnboardingPlaybook() {
        manager = aManager().create();
        team = aTeamLedBy(manager);
        hire = aRep().onTeam(team).create();
        playbook = TestOnboarding.playbook(manager);
    }

    /** Posts a form as htmx does: the token in a header, and HX-Request set. */
    private static Response htmx(PageSession session, String path, String... namesAndValues) {
        var request = session.request().header("HX-Request", "true").header("X-CSRF-Token", session.csrf())
                .contentType("application/x-www-form-urlencoded");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.formParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request.post(path);
    }

    @Test
    void theNewHireSeesTheChecklistInsideThePlaybooksSectionsWithWhatIsDueAndTheirProgress() {
        int id = enroll(manager, playbook, hire, LocalDate.now().minusDays(40).toString());
        as(manager).body(Map.of("date", LocalDate.now().toString())).put(item(id, "shadow", "due")).then().statusCode(200);
        as(manager).body(Map.of("date", LocalDate.now().plusDays(3).toString())).put(item(id, "calls", "due")).then().statusCode(200);
        PageSession session = PageSession.signedIn(hire);
        session.get("/onboarding").then().statusCode(200)
                .body(containsString("id=\"first-week\""))
                .body(containsString("Get set up and listen"))
                .body(containsString("id=\"item-setup\""))
                .body(containsString("id=\"tick-setup\""))
                .body(containsString("<ul class=\"plain\" id=\"agenda-overdue\"><li><a href=\"#item-setup\">"))
                .body(containsString("<ul class=\"plain\" id=\"agenda-today\"><li><a href=\"#item-shadow\">"))
                .body(containsString("<ul class=\"plain\" id=\"agenda-week\"><li><a href=\"#item-calls\">"))
                .body(containsString("Expected by today: <strong id=\"percent-expected\">75%</strong>"))
                .body(not(containsString("id=\"sign-off-pitch\"")));
        session.get("/").then().statusCode(200)
                .body(containsString("id=\"open-checklist-" + id + "\""))
                .body(containsString("Laptop, email and CRM logins work"));
    }

    @Test
    void tickingWithoutJavaScriptComesBackToTheItemWithANoticeAndTheNote() {
        int id = enroll(manager, playbook, hire);
        PageSession session = PageSession.signedIn(hire);
        session.postForm("/onboarding/" + id + "/items/setup/done", "note", "All four work", "link", "")
                .then().statusCode(303).header("Location", endsWith("/onboarding/" + id + "?done=item-done#item-setup"));
        session.get("/onboarding/" + id + "?done=item-done").then().statusCode(200)
                .body(containsString("Ticked."))
                .body(containsString("“All four work”"))
                .body(containsString("id=\"reopen-setup\""));
    }

    @Test
    void tickingWithHtmxSwapsTheItemAndTheStandingBesideItAndTheHomePageShowsItAtOnce() {
        int id = enroll(manager, playbook, hire);
        PageSession session = PageSession.signedIn(hire);
        session.get("/").then().body(containsString("Done <strong>0%</strong>"));
        htmx(session, "/onboarding/" + id + "/items/pitch/done", "note", "Booked Thursday").then().statusCode(200)
                .body(containsString("id=\"item-pitch-body\""))
                .body(containsString("waiting for sign-off"))
                .body(containsString("id=\"standing\" hx-swap-oob=\"true\""))
                .body(containsString("id=\"agenda-awaiting\""))
                .body(not(containsString("<html")));
        session.get("/").then().body(containsString("Waiting for sign-off</h3><ul class=\"plain\"><li><a href=\"/onboarding/"
                + id + "#item-pitch\">"));
    }

    @Test
    void aRefusalThroughHtmxComesBackInPlaceWithItsStatusAndWithoutItAsThePage() {
        int id = enroll(manager, playbook, hire);
        PageSession session = PageSession.signedIn(hire);
        htmx(session, "/onboarding/" + id + "/items/pitch/done").then().statusCode(200);
        htmx(session, "/onboarding/" + id + "/items/pitch/sign-off").then().statusCode(403)
                .body(containsString("id=\"item-error-pitch\""))
                .body(containsString("Only a manager can sign off an item."));
        session.postForm("/onboarding/" + id + "/items/pitch/sign-off", "comment", "").then().statusCode(403)
                .body(containsString("id=\"onboarding-error\""))
                .body(containsString("class=\"top\""));
    }

    @Test
    void theManagerSeesDoneAgainstExpectedAndSignsOffFromTheTeamView() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of("note", "Booked Thursday")).post(item(id, "pitch", "done")).then().statusCode(200);
        PageSession session = PageSession.signedIn(manager);
        session.get("/onboarding/team").then().statusCode(200)
                .body(containsString(hire.name))
                .body(containsString("<strong>0%</strong> <span class=\"muted\">vs"))
                .body(containsString("id=\"team-sign-off-" + id + "-pitch\""))
                .body(containsString("“Booked Thursday”"));
        session.postForm("/onboarding/" + id + "/items/pitch/sign-off", "back", "team", "comment", "")
                .then().statusCode(303).header("Location", endsWith("/onboarding/team?done=item-signed-off"));
        session.get("/onboarding/team?done=item-signed-off").then().body(containsString("Signed off."))
                .body(not(containsString("id=\"team-sign-off-" + id + "-pitch\"")));
        session.get("/onboarding/" + id).then().statusCode(200)
                .body(containsString(hire.name + ": "))
                .body(containsString("id=\"skip-setup\""));
    }

    @Test
    void aManagerEnrollsFromTheTeamViewAndEnrollingAgainNamesThePerson() {
        PageSession session = PageSession.signedIn(manager);
        session.get("/onboarding/team").then().body(containsString("id=\"enroll-" + hire.id + "\""));
        session.postForm("/onboarding/team/enroll", "person", hire.id.toString(), "playbook", playbook,
                "startDate", LocalDate.now().toString()).then().statusCode(303);
        session.postForm("/onboarding/team/enroll", "person", hire.id.toString(), "playbook", playbook,
                "startDate", "").then().statusCode(400)
                .body(containsString(hire.name + " is already enrolled"));
        session.postForm("/onboarding/team/enroll", "playbook", playbook, "startDate", "31/12/2026").then().statusCode(400)
                .body(containsString("Enter a date like"));
    }

    @Test
    void bulkActionsMoveDueDatesAndUpgradeTheChosenPeopleShowingWhatWasRemoved() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of()).post(item(id, "calls", "done")).then().statusCode(200);
        PageSession session = PageSession.signedIn(manager);
        session.postForm("/onboarding/team/due-dates", "enrollment", String.valueOf(id), "days", "7").then().statusCode(303);
        session.postForm("/onboarding/team/due-dates", "enrollment", String.valueOf(id), "days", "seven").then().statusCode(400)
                .body(containsString("whole number of days"));
        TestOnboarding.publishV2(manager, playbook);
        session.get("/onboarding/team").then().body(containsString("v2 out"));
        session.postForm("/onboarding/team/upgrade", "enrollment", String.valueOf(id)).then().statusCode(200)
                .body(containsString("Version 1 → 2"))
                .body(containsString("Make your first 100 prospecting calls"))
                .body(containsString("kept in the history"));
        session.postForm("/onboarding/team/upgrade", "enrollment", String.valueOf(id)).then().statusCode(400)
                .body(containsString("already on the current version"));
    }

    @Test
    void aPersonsProfileShowsTheirEnrollmentsAndTheirHistory() {
        int id = enroll(manager, playbook, hire);
        as(hire).body(Map.of("note", "All four work")).post(item(id, "setup", "done")).then().statusCode(200);
        PageSession.signedIn(manager).get("/people/" + hire.id).then().statusCode(200)
                .body(containsString("id=\"enrollments\""))
                .body(containsString("href=\"/onboarding/" + id + "\""))
                .body(containsString("ticked “Laptop, email and CRM logins work” · " + hire.name + " — All four work"))
                .body(containsString(": enrolled · " + manager.name));
        PageSession.signedIn(manager).get("/people/" + aRep().onTeam(team).create().id).then().statusCode(200)
                .body(containsString("Not enrolled in any onboarding."));
    }

    @Test
    void theTeamViewExportsAsCsvAndIsOnlyForManagers() {
        enroll(manager, playbook, hire);
        PageSession.signedIn(manager).get("/onboarding/team/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString(hire.name + "," + team.name));
        PageSession.signedIn(hire).get("/onboarding/team").then().statusCode(403);
    }

    @Test
    void someoneWithoutAnEnrollmentIsToldWhereTheChecklistWillAppear() {
        PageSession.signedIn(hire).get("/onboarding").then().statusCode(200)
                .body(containsString("You are not enrolled in an onboarding checklist."));
    }

    @Test
    void anAdminSetsTheRuleForNewRepsOnItsPage() {
        PageSession session = PageSession.signedIn(anAdmin().create());
        String box = "value=\"" + playbook + "\"";
        session.get("/onboarding/team/auto-enrollment").then().statusCode(200).body(containsString(box));
        try {
            session.postForm("/onboarding/team/auto-enrollment", "playbook", playbook).then().statusCode(303);
            session.get("/onboarding/team/auto-enrollment?done=saved").then().body(containsString("Saved."))
                    .body(containsString(box + " id=\"auto-" + playbook + "\" checked"));
        } finally {
            session.postForm("/onboarding/team/auto-enrollment").then().statusCode(303);
        }
        session.get("/onboarding/team/auto-enrollment").then().body(not(containsString("\" checked")));
    }
}

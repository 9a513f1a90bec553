package dev.goose.onboarding.newhire;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.Browser;
import dev.goose.testing.TestOnboarding;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class OnboardingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private Browser signedIn(Person person) {
        Browser browser = Browser.open(base.toString());
        browser.visit("/login").type("#email", person.email).type("#password", PASSWORD).click("#sign-in");
        browser.waitForText("Hello");
        return browser;
    }

    @Test
    void aManagerEnrollsTheNewHireWhoTicksItemsTheManagerSignsOffAndSendsBackThenAMajorVersionIsReadAndTheUpgradeKeepsTheProgress() {
        Person manager = aManager().named("Maria Manager " + System.nanoTime() % 1000).create();
        Team team = aTeamLedBy(manager);
        Person hire = aRep().named("Nina Newhire " + System.nanoTime() % 1000).onTeam(team).hired(LocalDate.now()).create();
        Person earlier = aRep().named("Rick Rep " + System.nanoTime() % 1000).onTeam(team).create();
        String playbook = TestOnboarding.playbook(manager);
        String title = as(manager).get("/api/v1/playbooks/" + playbook).then().extract().path("version.title");
        TestOnboarding.enroll(manager, playbook, earlier, LocalDate.now().minusDays(12).toString());

        int enrollment;
        try (Browser browser = signedIn(manager)) {
            browser.visit("/onboarding/team").click("#enroll-" + hire.id).choose("#playbook", title).click("#enroll-button");
            assertThat(browser.waitForText("Enrolled.")).contains(hire.name).contains(earlier.name);
            enrollment = as(manager).get("/api/v1/enrollments?person=" + hire.id).then().extract().path("[0].id");
        }

        try (Browser browser = signedIn(hire)) {
            assertThat(browser.pageText()).contains(title).contains("Laptop, email and CRM logins work");
            browser.screenshot("40-onboarding-home");
            browser.click("#open-checklist-" + enrollment);
            browser.waitForText("Get set up and listen");
            browser.click("#item-setup-body .evidence summary").type("#note-setup", "All four logins work")
                    .click("#tick-with-note-setup");
            browser.waitForText("“All four logins work”");
            browser.click("#item-pitch-body .evidence summary").type("#note-pitch", "Role-played on Thursday")
                    .click("#tick-with-note-pitch");
            browser.waitForText("“Role-played on Thursday”");
            assertThat(browser.find("#state-pitch").getText()).isEqualTo("waiting for sign-off");
            browser.click("#item-shadow-body .evidence summary").type("#link-shadow", "javascript:alert(1)")
                    .click("#tick-with-note-shadow");
            assertThat(browser.find("#item-error-shadow").getText()).startsWith("A link must be a web address");
            browser.click("#tick-shadow");
            browser.waitForText("2 of 4");
            assertThat(browser.find("#agenda-awaiting").getText()).contains("Cold call pitch role-play");
            browser.screenshot("41-onboarding-checklist-ticked");
        }

        try (Browser browser = signedIn(manager)) {
            browser.visit("/onboarding/team");
            browser.screenshot("42-onboarding-team");
            browser.click("#team-sign-off-" + enrollment + "-pitch");
            browser.waitForText("Signed off.");
            browser.visit("/onboarding/" + enrollment);
            browser.click("#item-shadow-body .item-more summary").type("#send-back-comment-shadow", "Shadow a demo with a new customer, not a renewal")
                    .click("#send-back-shadow");
            browser.waitForText("Sent back: Shadow a demo with a new customer, not a renewal");
            assertThat(browser.find("#state-pitch").getText()).isEqualTo("done");
            browser.screenshot("43-onboarding-manager-view");
        }

        TestPlaybook.readEverything(hire);
        TestOnboarding.publishMajorV2(manager, playbook);

        try (Browser browser = signedIn(hire)) {
            assertThat(browser.find("#reminder-banner").getText()).isEqualTo("You have 1 playbook to read.");
            browser.click("#reminder-banner a");
            browser.click("#to-read a");
            assertThat(browser.waitForText("What changed since version 1")).contains("Meet a solutions engineer");
            browser.click("#acknowledge");
            browser.waitForText("Acknowledged: thank you for reading it.");
            assertThat(browser.pageText()).doesNotContain("playbook to read");
            browser.visit("/onboarding");
            assertThat(browser.find("#upgrade-offer").getText()).contains("Version 2 of this playbook is out");
            browser.click("#upgrade");
            assertThat(browser.waitForText("Version 1 → 2")).contains("Removed").contains("Make your first 100 prospecting calls");
            browser.screenshot("44-onboarding-upgraded");
            browser.visit("/onboarding/" + enrollment);
            assertThat(browser.find("#state-setup").getText()).isEqualTo("done");
            assertThat(browser.find("#state-pitch").getText()).isEqualTo("done");
            assertThat(browser.find("#state-shadow").getText()).isEqualTo("sent back");
            assertThat(browser.pageText()).contains("Meet a solutions engineer").contains("“All four logins work”")
                    .doesNotContain("Make your first 100 prospecting calls");
            browser.screenshot("45-onboarding-after-upgrade");
        }
        as(manager).get("/api/v1/enrollments/" + enrollment).then().statusCode(200)
                .body("enrollment.version", org.hamcrest.Matchers.equalTo(2))
                .body("enrollment.finished", org.hamcrest.Matchers.equalTo(2));
    }
}

package dev.goose.playbook.acknowledgement;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class ReadingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aReaderSeesTheBannerReadsWhatChangedInAMajorVersionAndAcknowledgesIt() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).titled("Discovery " + System.nanoTime() % 100000).publish();
        TestPlaybook.readEverything(rep);
        playbook.publishMajor("Ask who owns the budget, and when they decide.");

        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/login").type("#email", rep.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            assertThat(browser.find("#reminder-banner").getText()).isEqualTo("You have 1 playbook to read.");
            browser.screenshot("40-reading-banner");

            browser.click("#reminder-banner a");
            browser.waitForText("Changed since version 1");
            browser.click("#to-read a");
            String page = browser.waitForText("What changed since version 1");
            assertThat(page).contains("- Ask about the budget.").contains("+ Ask who owns the budget, and when they decide.");
            browser.screenshot("41-reading-the-changes");

            browser.click("#acknowledge");
            String after = browser.waitForText("Acknowledged: thank you for reading it.");
            assertThat(after).contains("Nothing to acknowledge").doesNotContain("You have 1 playbook to read.");
            assertThat(browser.path()).isEqualTo("/to-read?done=acknowledged");
            browser.screenshot("42-reading-acknowledged");
        }
    }
}

package dev.goose.playbook.authoring;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class PlaybookBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static void signIn(Browser browser, Person person) {
        browser.visit("/login").type("#email", person.email).type("#password", PASSWORD).click("#sign-in");
        browser.waitForText("Hello");
    }

    @Test
    void aManagerWritesPreviewsPublishesEditsPublishesAgainAndViewsTheDiff() {
        Person manager = aManager().create();
        String title = "Referral calls " + System.nanoTime() % 100000;
        try (Browser browser = Browser.open(base.toString())) {
            signIn(browser, manager);
            browser.visit("/playbooks").click("#new-playbook");
            browser.type("#markdown", "# " + title + "\n\n## Opening {#opening}\nThank them for the referral.\n\n"
                    + "- [ ] Ask who referred them {#who}\n");
            assertThat(browser.waitForText("Thank them for the referral.")).contains("Ask who referred them");
            browser.screenshot("20-playbook-live-preview");
            browser.click("#create-playbook");
            browser.waitForText("Created.");

            browser.type("#note", "First version").click("#publish");
            assertThat(browser.waitForText("Published.")).contains(title).contains("First version");

            browser.click("#edit-playbook");
            browser.find("#markdown").sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n- [ ] Send a thank-you note {#thanks}\n");
            browser.waitForText("Send a thank-you note");
            browser.type("#note", "Thank-you note").click("#major").click("#publish");
            browser.waitForText("Published.");
            browser.screenshot("21-playbook-published");

            browser.click("#compare");
            String diff = browser.waitForText("v1 → v2");
            assertThat(diff).contains("thanks").contains("added").contains("Send a thank-you note");
            browser.screenshot("22-playbook-diff");
        }
    }

    @Test
    void aRepFindsAScriptInOneKeystrokeAndAFewLetters() {
        Person rep = aRep().create();
        try (Browser browser = Browser.open(base.toString())) {
            signIn(browser, rep);
            browser.find("body").sendKeys("/");
            browser.find("#search").sendKeys("negotia");
            browser.find("#search-hits");
            browser.screenshot("23-search-as-you-type");
            browser.find("#search").sendKeys(Keys.ENTER);
            browser.waitForText("Negotiation");
            assertThat(browser.url()).contains("/playbooks/sales/stages#negotiation");
        }
    }
}

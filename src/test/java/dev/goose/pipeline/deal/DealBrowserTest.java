package dev.goose.pipeline.deal;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import dev.goose.testing.TestDeals;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class DealBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aRepReadsTheDiscoveryScriptTicksItsExitItemsAndMovesToDemo() {
        Person rep = aRep().create();
        int id = TestDeals.create(rep, TestDeals.deal("Browser deal"));
        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/login").type("#email", rep.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.visit("/deals/" + id);
            browser.choose("#stage", "Discovery").click("#move");
            assertThat(browser.waitForText("Discovery: script and exit checklist")).contains("Goal");
            for (String item : new String[] { "discovery-pain-confirmed", "discovery-budget-owner" }) {
                browser.click("#tick-" + item);
                browser.waitForAttribute("#tick-" + item, "aria-pressed", "true");
            }
            browser.screenshot("30-deal-discovery");
            browser.choose("#stage", "Demo").click("#move");
            assertThat(browser.waitForText("Demo: script and exit checklist")).contains("Prospecting → Discovery");
            browser.screenshot("31-deal-demo");
        }
    }
}

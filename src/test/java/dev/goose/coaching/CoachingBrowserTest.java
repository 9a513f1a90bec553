package dev.goose.coaching;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A manager opens Coaching from the navigation, reads which rep's deal has stalled, and goes to the deal. */
@QuarkusTest
@Tag("browser")
class CoachingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aManagerGoesFromAStalledDealsSignalToTheDeal() {
        clock.pin(Instant.parse("2026-12-01T09:00:00Z"));
        Person manager = aManager().create();
        Person rep = aRep().named("Sam Stall " + System.nanoTime() % 100000).onTeam(aTeamLedBy(manager)).create();
        int deal = TestDeals.create(rep, TestDeals.deal("Sleepy Co"));
        clock.pin(Instant.parse("2026-12-21T10:00:00Z"));
        try (Browser browser = Browser.open(base.toString())) {
            browser.resizeTo(1366, 900);
            browser.visit("/login").type("#email", manager.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.click("nav a[href='/coaching']");
            assertThat(browser.waitForText("Sleepy Co has been in Prospecting for 20 days")).contains(rep.name);
            assertThat(browser.pageWidth()).as("no wider than the window").isLessThanOrEqualTo(1366);
            browser.screenshot("73-coaching-signals");
            browser.click("#signals-" + rep.id + " a[href='/deals/" + deal + "']");
            assertThat(browser.path()).isEqualTo("/deals/" + deal);
        }
    }
}

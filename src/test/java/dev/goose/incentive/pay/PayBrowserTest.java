package dev.goose.incentive.pay;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.Browser;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A manager assigns a published plan to the team; the rep accepts it by signing and reads what their won deal paid. */
@QuarkusTest
@Tag("browser")
class PayBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aManagerAssignsThePlanAndTheRepSignsItAndFollowsTheirPay() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().named("Sam Ledger " + System.nanoTime() % 100000).onTeam(team).create();
        long n = System.nanoTime();
        PayApiTest.publish(manager, PayApiTest.PLAN.formatted(n));
        int deal = TestDeals.create(rep, TestDeals.deal("Acme renewal"));
        as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
        String firstOfMonth = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC).withDayOfMonth(1).toString();

        try (Browser browser = Browser.open(base.toString())) {
            browser.resizeTo(1366, 900);
            browser.visit("/login").type("#email", manager.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.click("nav a[href='/pay/team']");
            browser.waitForText("Assign a plan");
            browser.choose("#plan", "Rep pay " + n + " (version 1)");
            browser.choose("#subject", "Team " + team.name);
            browser.setValue("#startsOn", firstOfMonth);
            browser.click("#assign");
            assertThat(browser.waitForText("Assigned:")).contains("Team " + team.name).contains(firstOfMonth);
            assertThat(browser.find("#pay-" + rep.id).getText()).contains("version 1").contains("not yet")
                    .contains("€4,000.04");
            browser.screenshot("60-team-pay");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }

        try (Browser browser = Browser.open(base.toString())) {
            browser.resizeTo(1366, 900);
            browser.visit("/login").type("#email", rep.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.click("nav a[href='/pay']");
            browser.waitForText("Accept your plan");
            browser.type("#signed-name", "Not Me").click("#accept-plan");
            assertThat(browser.waitForText("Type your name as Goose knows it")).contains(rep.name);
            browser.type("#signed-name", rep.name).click("#accept-plan");
            assertThat(browser.waitForText("Accepted: your signature")).contains("You accepted it as " + rep.name);
            assertThat(browser.find("#total").getText()).isEqualTo("€4,000.04");
            assertThat(browser.find("#lines").getText()).contains("Acme renewal, won on").contains("at 8%").contains("€1,000.04");
            assertThat(browser.find("#accepted-state").getText()).startsWith("Every plan version");
            browser.screenshot("61-my-pay");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
            browser.click("#lines a");
            assertThat(browser.waitForText("Acme renewal")).isNotEmpty();
            assertThat(browser.path()).isEqualTo("/deals/" + deal);
        }
    }
}

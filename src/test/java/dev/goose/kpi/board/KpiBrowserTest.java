package dev.goose.kpi.board;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.Ramp;
import dev.goose.kpi.Unit;
import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.Browser;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestKpis;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class KpiBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private Browser signedIn(Person person) {
        Browser browser = Browser.open(base.toString());
        browser.visit("/login").type("#email", person.email).type("#password", PASSWORD).click("#sign-in");
        browser.waitForText("Hello");
        return browser;
    }

    @Test
    void aRepLogsCallsAndSeesTheirPaceChange() {
        Person rep = aRep().named("Rick Rep " + System.nanoTime() % 1000).create();
        TestKpis.target(rep, "calls", PeriodKind.MONTH, LocalDate.now(ZoneOffset.UTC), "3");

        try (Browser browser = signedIn(rep)) {
            assertThat(browser.find("#home-kpi-calls").getText()).contains("▼ Behind");
            browser.screenshot("50-kpi-home-behind");
            for (int call = 1; call <= 3; call++) {
                browser.click("#log-calls");
                browser.waitForText("Logged 1 call");
            }
            String tile = browser.find("#home-kpi-calls").getText();
            assertThat(tile).contains("3").contains("of 3").doesNotContain("Behind");
            assertThat(tile).containsAnyOf("▲ Ahead", "● On pace");
            browser.screenshot("51-kpi-home-after-calls");

            browser.visit("/kpis");
            assertThat(browser.find("#scores-calls .actual").getText()).isEqualTo("3");
            assertThat(browser.find("#trend-calls").getText()).contains("Calls");
            browser.screenshot("52-kpi-mine");
        }
    }

    @Test
    void aManagerSetsARampedTargetForTheNewHireAndReadsTheTeamDashboardAndTheFunnel() {
        Person manager = aManager().named("Maria Manager " + System.nanoTime() % 1000).create();
        Team team = aTeamLedBy(manager);
        LocalDate hired = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        Person hire = aRep().named("Nina Newhire " + System.nanoTime() % 1000).onTeam(team).hired(hired).create();
        Person veteran = aRep().named("Vera Veteran " + System.nanoTime() % 1000).onTeam(team).create();
        TestKpis.target(veteran, "calls", PeriodKind.MONTH, LocalDate.now(ZoneOffset.UTC), "100");
        for (int i = 0; i < 4; i++) {
            int deal = TestDeals.create(veteran, TestDeals.deal("Funnel deal " + i));
            if (i < 3) {
                as(veteran).body(Map.of("stage", "discovery")).post("/api/v1/deals/" + deal + "/stage").then().statusCode(200);
            }
            if (i < 1) {
                as(veteran).body(Map.of("stage", "demo")).post("/api/v1/deals/" + deal + "/stage").then().statusCode(200);
                as(veteran).body(Map.of("won", true, "reason", "Fit")).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
            }
        }

        try (Browser browser = signedIn(manager)) {
            browser.visit("/kpis/targets/new").choose("#kpi", "Calls").choose("#subject", hire.name)
                    .type("#value", "100").type("#ramp", "25, 50, 75, 100").choose("#rampFrom", "hire date");
            browser.click("#save-target");
            browser.waitForText("25, 50, 75, 100");
            browser.screenshot("53-kpi-ramped-target");

            BigDecimal ramped = new Ramp(hired, Ramp.of(hired, 25, 50, 75, 100).percents())
                    .target(new BigDecimal("100"), Period.containing(PeriodKind.MONTH, LocalDate.now(ZoneOffset.UTC)));
            browser.visit("/kpis/team");
            assertThat(browser.find("#rep-" + hire.id + "-calls").getText()).contains("/ " + Numbers.format(ramped, Unit.COUNT));
            assertThat(browser.find("#rep-" + veteran.id + "-calls").getText()).contains("/ 100");
            assertThat(browser.find("#behind").getText()).contains(veteran.name);
            assertThat(browser.find("#team-funnel").getText()).contains("Biggest drop");
            browser.screenshot("54-kpi-team-dashboard");

            browser.click("#funnel-link");
            browser.waitForText("Script effectiveness");
            assertThat(browser.find("#stage-prospecting").getText()).contains("4").contains("75%");
            assertThat(browser.find("#stage-discovery").getText()).contains("Biggest drop");
            browser.screenshot("55-kpi-funnel");
        }
    }
}

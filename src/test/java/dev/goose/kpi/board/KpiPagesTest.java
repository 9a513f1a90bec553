package dev.goose.kpi.board;

import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.goose.kpi.PeriodKind;
import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestKpis;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KpiPagesTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

    @Test
    void aRepSeesTheirNumbersPaceAndATrendChartPerKpi() {
        Person rep = aRep().create();
        TestKpis.target(rep, "calls", PeriodKind.MONTH, MARCH, "100");
        TestKpis.measure(rep, "calls", MARCH, "45");

        PageSession.signedIn(rep).get("/kpis?period=month&date=2025-03-10").then().statusCode(200)
                .body(containsString("Your KPIs"))
                .body(containsString("<strong id=\"period-label\">March 2025</strong>"))
                .body(containsString("id=\"scores-calls\" class=\"score status-behind\""))
                .body(containsString("<td class=\"num attainment\">45%</td>"))
                .body(containsString("&#9660; Behind"))
                .body(containsString("id=\"trend-calls\""))
                .body(containsString("<title>Calls by month, against target</title>"))
                .body(containsString("href=\"/kpis?period=month&date=2025-02-28\""));
    }

    @Test
    void theHomePageShowsARepsKpisThisMonth() {
        Person rep = aRep().create();
        TestKpis.target(rep, "calls", PeriodKind.MONTH, LocalDate.now(), "100");
        PageSession.signedIn(rep).get("/").then().statusCode(200)
                .body(containsString("id=\"kpi-home\""))
                .body(containsString("id=\"home-kpi-calls\""))
                .body(containsString("of 100"));
    }

    @Test
    void theManagersDashboardShowsTheTeamWhoIsBehindAndTheAttainmentChart() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person ann = aRep().named("Ann Behind").onTeam(team).create();
        Person bob = aRep().named("Bob Ahead").onTeam(team).create();
        TestKpis.target(ann, "calls", PeriodKind.MONTH, MARCH, "100");
        TestKpis.target(bob, "calls", PeriodKind.MONTH, MARCH, "100");
        TestKpis.measure(ann, "calls", MARCH, "10");
        TestKpis.measure(bob, "calls", MARCH, "130");

        PageSession.signedIn(manager).get("/kpis/team?team=" + team.id + "&period=month&date=2025-03-05").then().statusCode(200)
                .body(containsString("Team KPIs: " + team.name))
                .body(containsString("id=\"behind-" + ann.id + "-calls\""))
                .body(not(containsString("id=\"behind-" + bob.id + "-calls\"")))
                .body(containsString("id=\"team-scores-calls\""))
                .body(allOf(containsString("id=\"team-attainment\""), containsString("70% &#183; &#9660; Behind")))
                .body(containsString("id=\"rep-" + bob.id + "-calls\""));
    }

    @Test
    void theLeaderboardPageRanksTheTeam() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person ann = aRep().onTeam(team).create();
        Person bob = aRep().onTeam(team).create();
        TestKpis.measure(ann, "calls", MARCH, "3");
        TestKpis.measure(bob, "calls", MARCH, "7");
        String page = PageSession.signedIn(ann).get("/kpis/leaderboard?kpi=calls&date=2025-03-05").then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(page.indexOf("id=\"leader-" + bob.id + "\""))
                .isLessThan(page.indexOf("id=\"leader-" + ann.id + "\"")).isPositive();
    }

    @Test
    void aRepCannotOpenTheTeamDashboard() {
        PageSession.signedIn(aRep().create()).get("/kpis/team").then().statusCode(403);
    }
}

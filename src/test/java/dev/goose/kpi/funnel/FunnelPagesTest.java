package dev.goose.kpi.funnel;

import static dev.goose.testing.TestFunnel.retime;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestFunnel;
import io.quarkus.test.junit.QuarkusTest;

/** The funnel page as a browser without JavaScript gets it. */
@QuarkusTest
class FunnelPagesTest {

    @Test
    void aManagerFiltersByTeamAndReadsTheChartTheTableAndTheScriptSplit() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        TestFunnel f = TestFunnel.aPipeline(manager);
        String slug = TestFunnel.guideFor(manager, f.second, "Version one.");
        retime(f.deal(rep, f.second, f.third, "won"), 0, 2, 5, 9);
        retime(f.deal(rep, f.second, "lost"), 0, 4, 10);
        retime(f.deal(rep, "lost"), 0, 3);

        PageSession.signedIn(manager).get("/kpis/funnel?pipeline=" + f.pipeline + "&team=" + team.id + "&from=&to=&stage=" + f.second)
                .then().statusCode(200)
                .body(containsString("<form method=\"get\" action=\"/kpis/funnel\""))
                .body(containsString("<option value=\"" + team.id + "\" selected>" + team.name + "</option>"))
                .body(containsString("role=\"img\""))
                .body(containsString(">3 entered</text>"))
                .body(containsString("67% to next</text>"))
                .body(containsString("50% to next, Biggest drop</text>"))
                .body(containsString("id=\"stage-" + f.second + "\" class=\"funnel-drop-row\""))
                .body(containsString("50% <small class=\"muted\">(1 of 2)</small>"))
                .body(containsString("<td>3.0</td>"))
                .body(containsString("<th scope=\"row\">" + slug + "@1</th>"))
                .body(not(containsString("&lt;svg")));
    }

    @Test
    void aRepSeesTheirOwnFunnelWithoutTeamOrRepChoices() {
        Person rep = aRep().create();
        PageSession.signedIn(rep).get("/kpis/funnel").then().statusCode(200)
                .body(containsString("id=\"funnel-table\""))
                .body(containsString("<svg"))
                .body(not(containsString("id=\"team\"")))
                .body(not(containsString("id=\"person\"")));
    }

    @Test
    void badFiltersComeBackWithWhatIsWrongAndATeamOutOfSightIsNotFound() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        session.get("/kpis/funnel?from=soon").then().statusCode(400)
                .body(containsString("Give the start as a date such as 2026-01-01."));
        Team other = aTeamLedBy(aManager().create());
        session.get("/kpis/funnel?team=" + other.id).then().statusCode(404);
    }
}

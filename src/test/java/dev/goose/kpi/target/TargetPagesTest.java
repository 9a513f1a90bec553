package dev.goose.kpi.target;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TargetPagesTest {

    @Test
    void aManagerDefinesAKpiOnTheFormAndSeesWhatIsWrongFirst() {
        PageSession session = PageSession.signedIn(aManager().create());
        Response wrong = session.postForm("/kpis/definitions", "key", "Bad Key", "name", "", "unit", "count",
                "source", "logged", "direction", "higher-is-better", "category", "activity");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body().asString()).contains("Use 2 to 60 lower-case letters").contains("Enter a name.");
        String key = "page-kpi-" + System.nanoTime();
        Response saved = session.postForm("/kpis/definitions", "key", key, "name", "Page KPI", "unit", "count",
                "source", "logged", "direction", "higher-is-better", "category", "activity", "position", "900");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/kpis/definitions?done=created");
        assertThat(session.get("/kpis/definitions/" + key).body().asString())
                .contains("These never change once the KPI exists").contains("Page KPI");
        assertThat(session.postForm("/kpis/definitions/" + key + "/deactivate").statusCode()).isEqualTo(303);
        assertThat(session.get("/kpis/definitions?done=deactivated").body().asString()).contains("Deactivated.");
    }

    @Test
    void aRepCannotOpenTheKpiPages() {
        PageSession rep = PageSession.signedIn(aRep().create());
        assertThat(rep.get("/kpis/definitions").statusCode()).isEqualTo(403);
        assertThat(rep.get("/kpis/targets/new").statusCode()).isEqualTo(403);
    }

    @Test
    void aManagerSetsARampedTargetWithoutScriptAndReadsItBack() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        PageSession session = PageSession.signedIn(manager);
        assertThat(session.get("/kpis/targets/new").body().asString()).contains(rep.name);
        Response wrong = session.postForm("/kpis/targets", "kpi", "calls", "subject", "person:" + rep.id, "kind", "month",
                "value", "-3", "firstPeriod", "2025-02-10", "ramp", "25, lots");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body().asString()).contains("Enter percents separated by commas");
        Response saved = session.postForm("/kpis/targets", "kpi", "calls", "subject", "person:" + rep.id, "kind", "month",
                "value", "80", "firstPeriod", "2025-02-10", "ramp", "25, 50, 75, 100", "rampFrom", "hire");
        assertThat(saved.statusCode()).isEqualTo(303);
        String page = session.get(saved.header("Location")).body().asString();
        assertThat(page).contains("Created.").contains("from 2025-02-01 on").contains("ramp 25, 50, 75, 100 % by month from hire");
        Response overlapping = session.postForm("/kpis/targets", "kpi", "calls", "subject", "person:" + rep.id,
                "kind", "month", "value", "90", "firstPeriod", "2025-05-01");
        assertThat(overlapping.statusCode()).isEqualTo(409);
        assertThat(overlapping.body().asString()).contains("already applies from 2025-02-01 on");
    }

    @Test
    void stretchingATargetIntoTheNextOneIsSaidOnTheEditFormAndNothingChanges() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        PageSession session = PageSession.signedIn(manager);
        Response first = session.postForm("/kpis/targets", "kpi", "calls", "subject", "person:" + rep.id, "kind", "month",
                "value", "80", "firstPeriod", "2025-01-01", "lastPeriod", "2025-03-31");
        session.postForm("/kpis/targets", "kpi", "calls", "subject", "person:" + rep.id, "kind", "month",
                "value", "90", "firstPeriod", "2025-04-01");
        String edit = first.header("Location").replaceAll("\\?.*", "");
        Response stretched = session.postForm(edit, "value", "80", "lastPeriod", "2025-06-30");
        assertThat(stretched.statusCode()).isEqualTo(409);
        assertThat(stretched.body().asString()).contains("id=\"target-form\"").contains("already applies from 2025-04-01");
        assertThat(session.get(edit).body().asString()).contains("2025-03-31");
    }

    @Test
    void theGridShowsABadCellWhereItIsAndSavesNothing() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        PageSession session = PageSession.signedIn(manager);
        assertThat(session.get("/kpis/targets/grid?team=" + team.id + "&kind=month&period=2025-03-10").body().asString())
                .contains(rep.name).contains("from 2025-03-01 to 2025-03-31");
        Response wrong = session.postForm("/kpis/targets/grid", "team", team.id.toString(), "kind", "month",
                "period", "2025-03-01", "person", rep.id.toString(), "kpi", "calls", "value", "12",
                "person", rep.id.toString(), "kpi", "conversations", "value", "a dozen");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body().asString()).contains("id=\"cell-1-error\"").contains("Enter a number, or leave it empty");
        as(manager).get("/api/v1/kpi-targets?person=" + rep.id).then().body("id", empty());

        Response saved = session.postForm("/kpis/targets/grid", "team", team.id.toString(), "kind", "month",
                "period", "2025-03-01", "person", rep.id.toString(), "kpi", "calls", "value", "12",
                "person", rep.id.toString(), "kpi", "conversations", "value", "");
        assertThat(saved.statusCode()).isEqualTo(303);
        as(manager).get("/api/v1/kpi-targets?person=" + rep.id).then().body("value", contains(12))
                .body("kpi", contains("calls"));
    }

    @Test
    void aTeamTakesATimeZoneByItsIanaName() {
        PageSession admin = PageSession.signedIn(anAdmin().create());
        Person manager = aManager().create();
        String name = "Chicago " + System.nanoTime();
        Response wrong = admin.postForm("/teams", "name", name, "managerId", manager.id.toString(), "timeZone", "Mars/Olympus");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body().asString()).contains("Use a time zone id such as Europe/Berlin");
        Response saved = admin.postForm("/teams", "name", name, "managerId", manager.id.toString(), "timeZone", "America/Chicago");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(admin.get(saved.header("Location")).body().asString()).contains("America/Chicago");
        as(manager).get(saved.header("Location").replaceAll(".*/teams/(\\d+).*", "/api/v1/teams/$1")).then()
                .body("timeZone", equalTo("America/Chicago"));
    }
}

package dev.goose.kpi.measure;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestImports;
import dev.goose.testing.TestKpis;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class MeasurementPagesTest {

    /** The path and query a redirect sends the browser to. */
    private static String location(Response response) {
        URI uri = URI.create(response.header("Location"));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A form post as htmx sends it: the token, and the header that asks for a fragment. */
    private static Response htmxPost(PageSession session, String path, String... namesAndValues) {
        var request = session.request().header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", session.csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.formParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request.post(path);
    }

    @Test
    void withoutJavaScriptACallLoggedFromADealComesBackToTheDealWithAnUndo() {
        Person rep = aRep().create();
        int deal = TestDeals.create(rep, TestDeals.deal("Plus one"));
        PageSession session = PageSession.signedIn(rep);
        session.get("/deals/" + deal).then().statusCode(200)
                .body(containsString("id=\"log-calls\"")).body(containsString("+1 Call")).body(containsString("+1 Meeting booked"))
                .body(not(containsString("+1 Deals won")));
        Response logged = session.postForm("/kpis/log", "kpi", "calls", "deal", String.valueOf(deal), "note", "Voicemail",
                "back", "/deals/" + deal);
        logged.then().statusCode(303);
        String back = location(logged);
        assertThat(back).startsWith("/deals/" + deal + "?logged=");
        String id = back.substring(back.indexOf("logged=") + 7);
        session.get(back).then().statusCode(200)
                .body(containsString("Logged 1 call"))
                .body(containsString("action=\"/kpis/measurements/" + id + "/corrections\""))
                .body(containsString("id=\"undo-" + id + "\""));
        as(rep).get("/api/v1/measurements/" + id).then().body("measurement.deal", equalTo(deal))
                .body("measurement.note", equalTo("Voicemail"));

        Response undone = session.postForm("/kpis/measurements/" + id + "/corrections", "value", "0", "reason", "Undone",
                "back", "/deals/" + deal, "deal", String.valueOf(deal));
        undone.then().statusCode(303);
        assertThat(location(undone)).isEqualTo("/deals/" + deal + "?undone=" + id);
        session.get(location(undone)).then().body(containsString("Undone: that call no longer counts."))
                .body(not(containsString("id=\"undo-" + id + "\"")));
        as(rep).get("/api/v1/measurements/" + id).then().body("measurement.value", equalTo(0))
                .body("corrections[0].reason", equalTo("Undone"));
    }

    @Test
    void withHtmxTheButtonsAreSwappedForTheConfirmationInPlace() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        Response fragment = htmxPost(session, "/kpis/log", "kpi", "meetings-booked", "back", "/");
        fragment.then().statusCode(200)
                .body(containsString("Logged 1 meeting booked")).body(containsString("class=\"log-activity\""))
                .body(containsString("id=\"log-calls\"")).body(not(containsString("<nav")));
        java.util.regex.Matcher undo = java.util.regex.Pattern.compile("/kpis/measurements/(\\d+)/corrections").matcher(fragment.asString());
        assertThat(undo.find()).isTrue();
        String id = undo.group(1);
        htmxPost(session, "/kpis/measurements/" + id + "/corrections", "value", "0", "reason", "Undone", "back", "/").then()
                .statusCode(200).body(containsString("Undone: that meeting booked no longer counts.")).body(not(containsString("<nav")));
        htmxPost(session, "/kpis/log", "kpi", "deals-won", "back", "/").then().statusCode(400)
                .body(containsString("id=\"log-error\"")).body(containsString("computed from deals"));
    }

    @Test
    void aBackPathOffTheSiteSendsTheBrowserHome() {
        PageSession session = PageSession.signedIn(aRep().create());
        Response logged = session.postForm("/kpis/log", "kpi", "calls", "back", "//evil.example/");
        logged.then().statusCode(303);
        assertThat(location(logged)).startsWith("/?logged=");
        session.get(location(logged)).then().statusCode(200);
    }

    @Test
    void theActivityPageListsEntriesWithACorrectLinkAndTheEntryPageTakesACorrection() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        int id = TestKpis.logACall(rep);
        PageSession session = PageSession.signedIn(rep);
        session.get("/kpis/activity").then().statusCode(200).body(containsString("id=\"correct-" + id + "\""));
        session.get("/kpis/activity?kpi=demos-held").then().statusCode(200).body(containsString("id=\"no-activity\""));
        session.postForm("/kpis/measurements/" + id + "/corrections", "value", "2", "reason", "").then().statusCode(400)
                .body(containsString("id=\"reason-error\""));
        Response corrected = session.postForm("/kpis/measurements/" + id + "/corrections", "value", "2", "reason", "Two calls");
        corrected.then().statusCode(303);
        session.get(location(corrected)).then().statusCode(200).body(containsString("Corrected."))
                .body(containsString("Two calls")).body(containsString("<strong>2</strong>"));
        PageSession.signedIn(manager).get("/kpis/activity?person=" + rep.id).then().statusCode(200)
                .body(containsString("Activity of " + rep.name)).body(containsString("id=\"correct-" + id + "\""));
    }

    @Test
    void aCsvIsPreviewedThenConfirmedAndCheckedAgain() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        PageSession session = PageSession.signedIn(manager);
        String prefix = "page" + System.nanoTime();
        String csv = "person,kpi,date,value,external_id\n" + rep.email + ",calls,2026-02-02,9," + prefix + "-1\n"
                + rep.email + ",demos-held,2026-02-02,1," + prefix + "-2\n";
        session.get("/kpis/import").then().statusCode(200).body(containsString("id=\"preview-import\""));
        session.postForm("/kpis/import", "csv", csv).then().statusCode(200)
                .body(containsString("Ready to import")).body(containsString("2 new, 0 to update, 0 unchanged"))
                .body(containsString("id=\"confirm-import\""));
        as(rep).get("/api/v1/measurements").then().body("total", equalTo(0));
        session.postForm("/kpis/import", "csv", csv.replace(",9,", ",-9,")).then().statusCode(400)
                .body(containsString("row 2, value")).body(containsString("A count cannot be negative."))
                .body(not(containsString("id=\"confirm-import\"")));
        Response confirmed = session.postForm("/kpis/import", "csv", csv, "confirm", "true");
        org.assertj.core.api.Assertions.assertThat(TestImports.finished(session, confirmed))
                .contains("2 rows: 2 new, 0 updated.");
        as(rep).get("/api/v1/measurements").then().body("total", equalTo(2));
        session.postForm("/kpis/import", "csv", csv).then().body(containsString("0 new, 0 to update, 2 unchanged"));
    }
}

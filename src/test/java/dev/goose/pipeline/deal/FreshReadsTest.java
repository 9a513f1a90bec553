package dev.goose.pipeline.deal;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestPlaybook;
import dev.goose.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Identities, deals and guides are served from memory on the hot paths; every change must still
 * show at the very next request, whoever made it.
 */
@QuarkusTest
class FreshReadsTest {

    @Test
    void aDeactivationOrRoleChangeTakesEffectAtTheNextCallOfCredentialsJustUsed() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Person manager = aManager().create();
        as(rep).get("/api/v1/me").then().statusCode(200);
        as(manager).get("/api/v1/people").then().statusCode(200);
        as(admin).post("/api/v1/people/" + rep.id + "/deactivate").then().statusCode(200);
        as(rep).get("/api/v1/me").then().statusCode(401);
        as(admin).body(Map.of("name", manager.name, "email", manager.email, "role", "rep")).put("/api/v1/people/" + manager.id)
                .then().statusCode(200);
        as(manager).get("/api/v1/people").then().statusCode(403);
    }

    @Test
    void aTokenUsedAMomentAgoStopsWorkingOnceRevoked() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        String token = TestTokens.makeToken(session);
        given().auth().oauth2(token).get("/embed/v1/guides?stage=demo").then().statusCode(200);
        String page = session.get("/account/tokens").then().extract().asString();
        String id = page.replaceAll("(?s).*action=\"/account/tokens/(\\d+)/revoke\".*", "$1");
        session.postForm("/account/tokens/" + id + "/revoke").then().statusCode(303);
        given().auth().oauth2(token).get("/embed/v1/guides?stage=demo").then().statusCode(401);
    }

    @Test
    void aDealReadAMomentAgoShowsTicksMovesAndNewOwnersAtOnce() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        Person other = aRep().create();
        int id = TestDeals.create(rep, TestDeals.deal("Fresh café – Zürich ✓ 😀"));
        as(rep).get("/api/v1/deals/" + id + "/guides").then().statusCode(200)
                .body("guides.find { it.playbook == 'sales/stages' }.items.ticked", not(hasItem(true)));
        PageSession page = PageSession.signedIn(rep);
        page.get("/deals/" + id).then().statusCode(200).contentType(containsString("charset=UTF-8"))
                .body(containsString("Prospecting")).body(containsString("Fresh café – Zürich ✓ 😀"));

        String item = as(rep).get("/api/v1/deals/" + id + "/guides").then().extract()
                .path("guides.find { it.playbook == 'sales/stages' }.items[0].id");
        as(manager).body(Map.of("playbook", "sales/stages", "item", item, "done", true)).put("/api/v1/deals/" + id + "/ticks")
                .then().statusCode(200);
        as(rep).get("/api/v1/deals/" + id + "/guides").then()
                .body("guides.find { it.playbook == 'sales/stages' }.items.find { it.id == '" + item + "' }.ticked", equalTo(true));

        as(manager).body(Map.of("stage", "demo")).post("/api/v1/deals/" + id + "/stage").then().statusCode(200);
        as(rep).get("/api/v1/deals/" + id + "/guides").then().body("deal.stage", equalTo("demo"));
        page.get("/deals/" + id).then().body(containsString("id=\"demo\""));
        // The guides part is rendered once per thing it shows; the forms in it carry each browser's own token.
        PageSession otherBrowser = PageSession.signedIn(rep);
        otherBrowser.get("/deals/" + id).then().body(containsString("name=\"_csrf\" value=\"" + otherBrowser.csrf() + "\""))
                .body(not(containsString(page.csrf())));
        page.get("/deals/" + id).then().body(containsString("name=\"_csrf\" value=\"" + page.csrf() + "\""))
                .body(not(containsString(otherBrowser.csrf())));
        as(rep).get("/api/v1/deals/" + id + "/history").then().body("[0].to", equalTo("Demo"));

        as(manager).get("/api/v1/deals/" + id + "/guides").then().statusCode(200);
        Map<String, Object> handOver = TestDeals.deal("Fresh");
        handOver.put("ownerId", other.id);
        as(anAdmin().create()).body(handOver).put("/api/v1/deals/" + id).then().statusCode(200);
        as(rep).get("/api/v1/deals/" + id + "/guides").then().statusCode(404);
        as(manager).get("/api/v1/deals/" + id + "/guides").then().statusCode(404);
        as(other).get("/api/v1/deals/" + id + "/guides").then().statusCode(200);
    }

    @Test
    void aManagerStopsSeeingADealAsSoonAsItsOwnerLeavesTheirTeam() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        int id = TestDeals.create(rep, TestDeals.deal("Team deal"));
        as(manager).get("/api/v1/deals/" + id + "/guides").then().statusCode(200);
        Team elsewhere = aTeamLedBy(aManager().create());
        as(anAdmin().create()).body(Map.of("name", rep.name, "email", rep.email, "role", "rep", "teamId", elsewhere.id))
                .put("/api/v1/people/" + rep.id).then().statusCode(200);
        as(manager).get("/api/v1/deals/" + id + "/guides").then().statusCode(404);
    }

    @Test
    void aDealPageShownAgainIsTheSameBytesUntilAnythingItShowsChanges() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish();
        TestPlaybook.readEverything(rep);
        int id = TestDeals.create(rep, TestDeals.deal("Shown again"));
        PageSession page = PageSession.signedIn(rep);
        String first = page.get("/deals/" + id).then().statusCode(200).body(not(containsString("reminder-banner")))
                .extract().asString();
        double hits = pageHits();
        assertThat(page.get("/deals/" + id).then().statusCode(200).extract().asString()).isEqualTo(first);
        assertThat(pageHits()).isEqualTo(hits + 1);

        // What the address asks for is part of what was shown: a notice, then none again.
        page.get("/deals/" + id + "?done=saved").then().body(containsString("id=\"notice\""));
        page.get("/deals/" + id).then().body(not(containsString("id=\"notice\"")));
        // So is what the frame reads for the viewer, from other features: a playbook to read now.
        playbook.publishMajor("Ask who owns the budget.");
        page.get("/deals/" + id).then().body(containsString("You have 1 playbook to read."));
        // And each browser is shown its own token.
        PageSession otherBrowser = PageSession.signedIn(rep);
        otherBrowser.get("/deals/" + id).then().body(containsString("name=\"_csrf\" value=\"" + otherBrowser.csrf() + "\""))
                .body(not(containsString(page.csrf())));
    }

    private static double pageHits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher hit = Pattern.compile("cache_gets_total\\{cache=\"deal-pages\"[^}]*result=\"hit\"[^}]*} (\\S+)").matcher(metrics);
        return hit.find() ? Double.parseDouble(hit.group(1)) : 0;
    }
}

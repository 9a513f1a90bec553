package dev.goose.pipeline.deal;

import static dev.goose.testing.TestPeople.aRep;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestImports;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DealPagesTest {

    @Test
    void aRepAddsADealAndSeesTheProspectingScriptAndChecklist() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        String page = session.postForm("/deals", "name", "Pilot for Acme", "account", "Acme", "amount", "1200.50",
                "currency", "usd", "expectedClose", "", "nextStep", "Call Tuesday").then().statusCode(303).extract().header("Location");
        session.get(page).then().statusCode(200)
                .body(containsString("Pilot for Acme")).body(containsString("1200.50 USD"))
                .body(containsString("<h2 id=\"prospecting\">Prospecting</h2>"))
                .body(containsString("Exit checklist"))
                .body(containsString("href=\"/playbooks/sales/stages#prospecting\""))
                .body(containsString("<li class=\"current\">Prospecting</li>"))
                .body(containsString("<li class=\"\">Discovery</li>"))
                .body(containsString("<option value=\"prospecting\" selected>Prospecting</option>"))
                .body(containsString("<option value=\"discovery\" >Discovery</option>"))
                .body(not(containsString("<option value=\"won\"")));
        session.get("/deals").then().statusCode(200).body(containsString("Pilot for Acme"));
    }

    @Test
    void aScriptThatChangedSinceTheRepLastSawItSaysSoOnce() {
        Person manager = dev.goose.testing.TestPeople.aManager().create();
        String key = "seen" + System.nanoTime();
        String slug = TestPlaybook.newPlaybook(manager, "Seen " + key);
        String v1 = "# Seen " + key + "\n\n## Opening {#" + key + " stage=prospecting}\nSay hello.\n";
        TestPlaybook.publish(manager, slug, v1, 0, 201);
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        int id = TestDeals.create(rep, TestDeals.deal("Seen deal"));
        session.get("/deals/" + id).then().statusCode(200).body(not(containsString("id=\"changed-" + key + "\"")));
        TestPlaybook.publish(manager, slug, v1.replace("Say hello.", "Say hello and thank them."), 1, 201);
        session.get("/deals/" + id).then().statusCode(200)
                .body(containsString("id=\"changed-" + key + "\""))
                .body(containsString("/playbooks/" + slug + "/diff?from=1&to=2"));
        session.get("/deals/" + id).then().body(not(containsString("id=\"changed-" + key + "\"")));
    }

    @Test
    void aCsvIsPreviewedThenImportedFromThePage() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        String csv = "name,account,amount,stage\nFrom the page " + System.nanoTime() + ",Acme,5,demo\n";
        session.postForm("/deals/import", "csv", csv).then().statusCode(200)
                .body(containsString("Ready to import")).body(containsString("1 new"));
        session.postForm("/deals/import", "csv", "name,account,amount,stage\nX,Y,minus one,demo\n").then().statusCode(400)
                .body(containsString("id=\"import-errors\"")).body(containsString("<td>2</td><td>amount</td>"));
        String done = TestImports.finished(session, session.postForm("/deals/import", "csv", csv, "apply", "true"));
        org.assertj.core.api.Assertions.assertThat(done).contains("1 row: 1 new, 0 updated.");
        session.get("/deals").then().body(containsString("From the page"));
        session.get("/deals/export.csv").then().statusCode(200).body(containsString("From the page"));
    }

    @Test
    void theListFiltersByStageWordsAndStalled() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        TestDeals.create(rep, TestDeals.deal("Alpha listing"));
        int moved = TestDeals.create(rep, TestDeals.deal("Beta listing"));
        dev.goose.testing.Api.as(rep).body(java.util.Map.of("stage", "demo")).post("/api/v1/deals/" + moved + "/stage")
                .then().statusCode(200);
        session.get("/deals/list?stage=demo").then().statusCode(200)
                .body(containsString("Beta listing")).body(not(containsString("Alpha listing")));
        session.get("/deals/list?q=alpha").then().body(containsString("Alpha listing")).body(not(containsString("Beta listing")));
        session.get("/deals/list?stalled=true").then().body(containsString("No deal matches."));
    }

    @Test
    void aBadAmountComesBackWithTheFormAsTyped() {
        PageSession session = PageSession.signedIn(aRep().create());
        session.postForm("/deals", "name", "Typed", "account", "A", "amount", "12,5O", "currency", "EUR",
                "expectedClose", "", "nextStep", "").then().statusCode(400)
                .body(containsString("Enter an amount like")).body(containsString("value=\"Typed\""));
    }

    @Test
    void tickingAndMovingOnShowTheNextStagesScript() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        int id = TestDeals.create(rep, TestDeals.deal("Ticked"));
        session.postForm("/deals/" + id + "/stage", "stage", "discovery").then().statusCode(303);
        String html = session.get("/deals/" + id + "?done=moved-open").then().statusCode(200)
                .body(containsString("exit items of the previous stage still open"))
                .body(containsString("<h2 id=\"discovery\">Discovery</h2>")).extract().asString();
        String item = html.replaceAll("(?s).*name=\"item\" value=\"([^\"]+)\".*", "$1");
        session.postForm("/deals/" + id + "/ticks", "playbook", "sales/stages", "item", item, "done", "true")
                .then().statusCode(200).body(containsString("tick-box ticked"));
        session.get("/deals/" + id).then().body(containsString("tick-box ticked"))
                .body(containsString("Prospecting &rarr; Discovery"));
        session.postForm("/deals/" + id + "/close", "outcome", "won", "reason", "Signed").then().statusCode(303);
        session.get("/deals/" + id).then().body(containsString("Closed: Signed"));
        session.get("/deals").then().body(not(containsString(">Ticked<")));
    }
}

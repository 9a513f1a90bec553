package dev.goose.pipeline.crm;

import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestTokens.makeToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EmbedApiTest {

    @Test
    void aPersonalTokenReadsTheGuidesOfAStageAndOfADealByItsCrmId() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        String token = makeToken(session);
        given().auth().oauth2(token).get("/embed/v1/guides?stage=discovery").then().statusCode(200)
                .body("playbook", hasItem("sales/stages"))
                .body("find { it.playbook == 'sales/stages' }.html", containsString("<h2 id=\"discovery\">"));
        String external = "HS-" + System.nanoTime();
        Map<String, Object> deal = TestDeals.deal("Embedded");
        deal.put("externalId", external);
        deal.put("source", "hubspot");
        TestDeals.create(rep, deal);
        given().auth().oauth2(token).get("/embed/v1/deals/" + external + "/guides?source=hubspot").then().statusCode(200)
                .body("deal.name", equalTo("Embedded")).body("guides.playbook", hasItem("sales/stages"));
        given().auth().oauth2(token).get("/embed/v1/guides?stage=upsell").then().statusCode(400).body("field", equalTo("stage"));
        session.get("/account/tokens").then().body(containsString("HubSpot sidebar"));
    }

    @Test
    void aRevokedWrongOrMissingTokenIsUnauthorizedAndPasswordsDoNotWorkHere() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        String token = makeToken(session);
        given().get("/embed/v1/guides?stage=demo").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().auth().oauth2("goose_wrong").get("/embed/v1/guides?stage=demo").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().preemptive().basic(rep.email, dev.goose.testing.TestPeople.PASSWORD).get("/embed/v1/guides?stage=demo")
                .then().statusCode(401);
        String page = session.get("/account/tokens").then().extract().asString();
        String id = page.replaceAll("(?s).*action=\"/account/tokens/(\\d+)/revoke\".*", "$1");
        session.postForm("/account/tokens/" + id + "/revoke").then().statusCode(303);
        given().auth().oauth2(token).get("/embed/v1/guides?stage=demo").then().statusCode(401);
    }

    @Test
    void someoneElsesDealIsNotFoundThroughTheirToken() {
        Person owner = aRep().create();
        String external = "HS-" + System.nanoTime();
        Map<String, Object> deal = TestDeals.deal("Private");
        deal.put("externalId", external);
        deal.put("source", "hubspot");
        TestDeals.create(owner, deal);
        String otherToken = makeToken(PageSession.signedIn(aRep().create()));
        given().auth().oauth2(otherToken).get("/embed/v1/deals/" + external + "/guides").then().statusCode(404);
    }
}

package dev.goose.web;

import static dev.goose.testing.TestPeople.aRep;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestPeople;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The test profile allows https://crm.example.test, as an admin would allow their CRM's domain. */
@QuarkusTest
class EmbedCorsTest {

    static final String CRM = "https://crm.example.test";
    static final String OTHER = "https://evil.example";

    static RequestSpecification preflight(String origin, String method) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization");
    }

    static String token(Person person) {
        String page = PageSession.signedIn(person).postForm("/account/tokens", "name", "Sidebar card").then().statusCode(200)
                .extract().asString();
        return page.replaceAll("(?s).*<code id=\"token-secret\">([^<]+)</code>.*", "$1");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        preflight(CRM, "GET").options("/embed/v1/guides?stage=demo").then().statusCode(204)
                .header("Access-Control-Allow-Origin", CRM)
                .header("Access-Control-Allow-Methods", "GET")
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", containsString("Origin"));
        preflight(CRM, "GET").options("/embed/v1/deals/HS-1/guides").then().statusCode(204)
                .header("Access-Control-Allow-Origin", CRM);
    }

    @Test
    void aPreflightFromAnotherOriginOrForAnotherMethodGetsNoCorsHeaders() {
        preflight(OTHER, "GET").options("/embed/v1/guides").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Allow-Methods", nullValue());
        preflight(CRM, "POST").options("/embed/v1/guides").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        preflight("null", "GET").options("/embed/v1/guides").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aTokenCallFromAnAllowedOriginMayBeReadThereAndNowhereElse() {
        String token = token(aRep().create());
        given().auth().oauth2(token).header("Origin", CRM).get("/embed/v1/guides?stage=demo").then().statusCode(200)
                .header("Access-Control-Allow-Origin", CRM).header("Access-Control-Allow-Credentials", nullValue());
        given().auth().oauth2(token).header("Origin", OTHER).get("/embed/v1/guides?stage=demo").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        // The card may read why it was refused, so that it can ask for a new token.
        given().header("Origin", CRM).get("/embed/v1/guides?stage=demo").then().statusCode(401)
                .header("Access-Control-Allow-Origin", CRM);
        given().auth().oauth2("goose_wrong").header("Origin", CRM).get("/embed/v1/guides?stage=demo").then().statusCode(401)
                .header("Access-Control-Allow-Origin", CRM);
    }

    @Test
    void theApiAndThePagesNeverGetCorsHeadersEvenForAnAllowedOrigin() {
        Person rep = aRep().create();
        preflight(CRM, "GET").options("/api/v1/me").then().header("Access-Control-Allow-Origin", nullValue());
        given().auth().preemptive().basic(rep.email, TestPeople.PASSWORD).header("Origin", CRM).get("/api/v1/me").then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", CRM).get("/login").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        preflight(CRM, "GET").options("/deals").then().header("Access-Control-Allow-Origin", nullValue());
        // A path that only looks like the embed API once normalised is still the embed API, and no more.
        preflight(CRM, "GET").options("/embed/v1/../../api/v1/me").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theEmbedApiStillAnswersWithoutAnOrigin() {
        given().header("Access-Control-Request-Method", "GET").options("/embed/v1/guides").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().get("/embed/v1/guides").then().statusCode(401).header("Access-Control-Allow-Origin", nullValue())
                .body("status", equalTo(401));
    }
}

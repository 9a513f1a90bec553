package dev.goose.web;

import static dev.goose.testing.TestPeople.anAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.goose.testing.PageSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorsAndOperationsTest {

    @Test
    void aMissingPageIsA404PageInTheLayoutWithoutInternals() {
        PageSession session = PageSession.signedIn(anAdmin().create());
        session.get("/no/such/page").then().statusCode(404)
                .contentType("text/html")
                .body(containsString("There is nothing at this address."))
                .body(containsString("class=\"top\""))
                .body(not(containsString("Exception")))
                .body(not(containsString("at dev.goose")));
        session.get("/people/123456789").then().statusCode(404).body(containsString("The person was not found."));
        session.get("/people/not-a-number").then().statusCode(404);
    }

    @Test
    void aMissingApiAddressIsAProblemDocument() {
        given().auth().preemptive().basic(anAdmin().create().email, dev.goose.testing.TestPeople.PASSWORD)
                .get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(404))
                .body(not(containsString("Exception")));
    }

    @Test
    void theWrongMethodOrContentTypeIsAnsweredCleanly() {
        var admin = anAdmin().create();
        given().auth().preemptive().basic(admin.email, dev.goose.testing.TestPeople.PASSWORD)
                .delete("/api/v1/people").then().statusCode(405).contentType("application/problem+json");
        given().auth().preemptive().basic(admin.email, dev.goose.testing.TestPeople.PASSWORD)
                .contentType("text/plain").body("name=x").post("/api/v1/people")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void healthReadinessMetricsAndOpenApiAreAtTheStandardPaths() {
        given().get("/q/health/live").then().statusCode(200).body(containsString("UP"));
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", org.hamcrest.Matchers.equalTo("Goose API"))
                .body("paths.keySet()", everyItem(org.hamcrest.Matchers.anyOf(startsWith("/api/v1/"), startsWith("/embed/v1/"))));
    }

    /**
     * Request metrics name the path template, never the ids in it, whether the request succeeded,
     * was refused for its role inside the resource, or came without credentials
     * ({@code AuthFailuresAfterSignIn} takes over Quarkus REST's failure handler).
     */
    @Test
    void requestMetricsNameThePathTemplateForAnswersAndRefusals() {
        var admin = anAdmin().create();
        var rep = dev.goose.testing.TestPeople.aRep().create();
        given().auth().preemptive().basic(admin.email, dev.goose.testing.TestPeople.PASSWORD)
                .get("/api/v1/people/" + rep.id).then().statusCode(200);
        given().auth().preemptive().basic(rep.email, dev.goose.testing.TestPeople.PASSWORD)
                .get("/api/v1/people/" + admin.id).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/people/" + admin.id).then().statusCode(401);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("status=\"200\",uri=\"/api/v1/people/{id}\"")
                .contains("status=\"403\",uri=\"/api/v1/people/{id}\"")
                .doesNotContain("uri=\"/api/v1/people/" + admin.id + "\"")
                .doesNotContain("uri=\"/api/v1/people/" + rep.id + "\"");
    }

    @Test
    void everySecuredOperationIsDescribedWithProblemsForMissingCredentialsAndRolesAndThePublicWebhookIsNot() {
        String problem = "#/components/schemas/Problem";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/people'.post.responses.'401'.content.'application/problem+json'.schema.'$ref'", equalTo(problem))
                .body("paths.'/api/v1/people'.post.responses.'403'.content.'application/problem+json'.schema.'$ref'", equalTo(problem))
                .body("paths.'/api/v1/deals'.get.responses.'401'.description", equalTo(SecuredResponses.UNAUTHORIZED))
                .body("paths.'/api/v1/deals'.get.responses.'403'.content.'application/problem+json'.schema.'$ref'", equalTo(problem))
                .body("paths.'/api/v1/webhooks/{source}'.post.responses.keySet()", not(hasItem("401")))
                .body("paths.'/api/v1/webhooks/{source}'.post.responses.keySet()", not(hasItem("403")));
    }

    @Test
    void pagesCannotBeFramedOrCachedAndRunOnlyGoosesScripts() {
        PageSession session = PageSession.signedIn(anAdmin().create());
        session.get("/").then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        given().get("/login").then().header("X-Frame-Options", "DENY");
    }

    @Test
    void theSignInPageSaysHowTheFirstAdminIsMadeOnlyWhileNobodyExists() {
        given().get("/login").then().statusCode(200).body(not(containsString("nobody-yet")));
    }

    @Test
    void htmxAndTheStylesheetAreServedWithoutSigningIn() {
        given().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").then().statusCode(200).body(containsString("htmx"));
        given().get("/static/goose.css").then().statusCode(200).body(containsString("--accent"));
        given().get("/static/goose.js").then().statusCode(200).body(containsString("X-CSRF-Token"));
        given().get("/static/favicon.svg").then().statusCode(200);
    }

    @Test
    void staticFilesAndWebjarsForbidContentSniffing() {
        given().get("/static/goose.js").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/static/favicon.svg").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
        given().get("/static/no-such-file.js").then().header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/me").then().statusCode(401).headers("X-Content-Type-Options", "nosniff");
        assertThat(given().get("/login").headers().getValues("X-Content-Type-Options")).containsExactly("nosniff");
    }
}

package dev.goose.web;

import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.anAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class CsrfTest {

    @Test
    void aForgedCrossSiteFormIsRefusedAndChangesNothing() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        PageSession victim = PageSession.signedIn(admin);
        String name = "Forged " + System.nanoTime();
        // What a page on another site can send: the victim's cookies ride along, the token cannot.
        victim.request().header("Origin", "http://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("name", name).formParam("managerId", manager.id.toString())
                .post("/teams").then().statusCode(403).body(containsString("did not come from a Goose page"));
        victim.get("/teams").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString(name)));
    }

    @Test
    void aFormWithTheTokenButFromAnotherOriginIsRefused() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        PageSession session = PageSession.signedIn(admin);
        session.request().header("Origin", "http://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", session.csrf()).formParam("name", "Other origin " + System.nanoTime())
                .formParam("managerId", manager.id.toString())
                .post("/teams").then().statusCode(403);
    }

    @Test
    void aWrongTokenIsRefusedAndTheRightOnePasses() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        PageSession session = PageSession.signedIn(admin);
        session.request().contentType("application/x-www-form-urlencoded").formParam("_csrf", "guessed")
                .formParam("name", "Guessed " + System.nanoTime()).formParam("managerId", manager.id.toString())
                .post("/teams").then().statusCode(403);
        // This site's own origin, on whichever port the test server was given.
        session.request().header("Origin", "http://localhost:" + RestAssured.port)
                .contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", session.csrf()).formParam("name", "Genuine " + System.nanoTime())
                .formParam("managerId", manager.id.toString())
                .post("/teams").then().statusCode(303);
    }

    @Test
    void htmxRequestsMaySendTheTokenAsAHeader() {
        Person admin = anAdmin().create();
        Person manager = aManager().create();
        PageSession session = PageSession.signedIn(admin);
        session.request().header("X-CSRF-Token", session.csrf()).contentType("application/x-www-form-urlencoded")
                .formParam("name", "Header " + System.nanoTime()).formParam("managerId", manager.id.toString())
                .post("/teams").then().statusCode(303);
    }

    @Test
    void signingInAndOutAreProtectedToo() {
        Person admin = anAdmin().create();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("email", admin.email).formParam("password", dev.goose.testing.TestPeople.PASSWORD)
                .post("/login").then().statusCode(403);
        PageSession session = PageSession.signedIn(admin);
        session.request().post("/logout").then().statusCode(403);
        session.get("/").then().statusCode(200);
    }

    @Test
    void theApiRefusesCallsThatABrowserMarksAsCrossSite() {
        Person admin = anAdmin().create();
        Person rep = dev.goose.testing.TestPeople.aRep().create();
        given().auth().preemptive().basic(admin.email, dev.goose.testing.TestPeople.PASSWORD)
                .header("Origin", "http://evil.example")
                .post("/api/v1/people/" + rep.id + "/deactivate").then().statusCode(403)
                .contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(dev.goose.testing.TestPeople.reload(rep).active).isTrue();
    }

    @Test
    void everyPageCarriesTheTokenForItsForms() {
        Person admin = anAdmin().create();
        PageSession session = PageSession.signedIn(admin);
        session.get("/people/new").then().statusCode(200)
                .body(containsString("name=\"_csrf\" value=\"" + session.csrf() + "\""))
                .body(containsString("<meta name=\"csrf-token\" content=\"" + session.csrf() + "\""));
    }
}

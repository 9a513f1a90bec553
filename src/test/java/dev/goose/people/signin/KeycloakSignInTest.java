package dev.goose.people.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Role;
import dev.goose.testing.Browser;
import dev.goose.testing.KeycloakProfile;
import dev.goose.testing.KeycloakServer;
import dev.goose.testing.Requirements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Goose behind a real Keycloak, with the realm that ships in keycloak/goose-realm.json. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
@Tag("keycloak")
class KeycloakSignInTest {

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void keycloakIsUp() {
        Requirements.require(KeycloakServer.isRunning(), "Keycloak (unpacked by the build into target/keycloak)");
    }

    static String token(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "goose-api")
                .formParam("username", username).formParam("password", password)
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aManagerTokenReachesAManagerEndpoint() {
        String token = token("maria.manager@goose.example", "manager-demo-pass");
        given().auth().oauth2(token).get("/api/v1/people").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("manager")).body("email", equalTo("maria.manager@goose.example"));
    }

    @Test
    void aRepTokenIsForbiddenThere() {
        String token = token("rick.rep@goose.example", "rep-demo-pass");
        given().auth().oauth2(token).get("/api/v1/people").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get("/api/v1/people").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not.a.token").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anUnknownPersonIsCreatedAsARepAndRememberedBySubject() {
        String token = token("una.unknown@goose.example", "rep-demo-pass");
        int id = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("rep")).body("name", equalTo("Una Unknown"))
                .extract().path("id");
        given().auth().oauth2(token).get("/api/v1/me").then().body("id", equalTo(id));
        Person una = QuarkusTransaction.requiringNew().call(() -> Person.findById((long) id));
        assertThat(una.oidcSubject).isNotBlank();

        // A role given in Goose does not outlive Keycloak's say: without a realm role she is a rep.
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById((long) id).role = Role.ADMIN);
        given().auth().oauth2(token).get("/api/v1/me").then().body("role", equalTo("rep"));
    }

    @Test
    void anUnverifiedEmailIsNeverLinkedToAnExistingPerson() {
        QuarkusTransaction.requiringNew().run(() -> {
            Person vera = Person.byEmail("vera.unverified@goose.example").orElseGet(Person::new);
            vera.name = "Vera From Goose";
            vera.email = "vera.unverified@goose.example";
            vera.role = Role.REP;
            vera.hireDate = LocalDate.now();
            if (vera.createdAt == null) {
                vera.createdAt = Instant.now();
            }
            vera.persist();
        });
        given().auth().oauth2(token("vera.unverified@goose.example", "rep-demo-pass")).get("/api/v1/me")
                .then().statusCode(401);
        Person vera = QuarkusTransaction.requiringNew().call(() -> Person.byEmail("vera.unverified@goose.example").orElseThrow());
        assertThat(vera.oidcSubject).isNull();
    }

    @Test
    void aTokenForAnotherClientOfTheRealmIsRefused() {
        String adminCli = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "maria.manager@goose.example").formParam("password", "manager-demo-pass")
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(adminCli).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anExistingPersonIsMatchedByEmailAndTheirRealmRoleWins() {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            Person admin = Person.byEmail("admin@goose.example").orElseGet(Person::new);
            admin.name = "Ada From Goose";
            admin.email = "admin@goose.example";
            admin.role = Role.REP;
            admin.hireDate = LocalDate.now();
            if (admin.createdAt == null) {
                admin.createdAt = Instant.now();
            }
            admin.persist();
            return admin.id;
        });
        String token = token("admin@goose.example", "admin-demo-pass");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo(id.intValue()))
                .body("name", equalTo("Ada From Goose"))
                .body("role", equalTo("admin"));
    }

    @Test
    void aDeactivatedPersonIsRefusedEvenWithAValidToken() {
        QuarkusTransaction.requiringNew().run(() -> {
            Person nina = Person.byEmail("nina.newhire@goose.example").orElseGet(Person::new);
            nina.name = "Nina Newhire";
            nina.email = "nina.newhire@goose.example";
            nina.role = Role.REP;
            nina.hireDate = LocalDate.now();
            nina.active = false;
            if (nina.createdAt == null) {
                nina.createdAt = Instant.now();
            }
            nina.persist();
        });
        given().auth().oauth2(token("nina.newhire@goose.example", "rep-demo-pass")).get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    @Tag("browser")
    void aBrowserSignsInOnKeycloaksOwnPageLandsOnGooseHomeAndSignsOut() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/");
            assertThat(browser.url()).startsWith(KeycloakServer.REALM_URL);
            browser.type("#username", "maria.manager@goose.example").type("#password", "manager-demo-pass");
            browser.screenshot("10-keycloak-sign-in");
            browser.click("#kc-login");
            String home = browser.waitForText("Hello, Maria Manager");
            assertThat(browser.url()).startsWith(base.toString());
            assertThat(home).contains("Manager").contains("Sign out").doesNotContain("Password");
            browser.screenshot("11-home-after-keycloak");

            browser.click("#sign-out");
            browser.find("#username");
            assertThat(browser.url()).startsWith(KeycloakServer.REALM_URL);
            browser.visit("/people");
            assertThat(browser.url()).startsWith(KeycloakServer.REALM_URL);
        }
    }
}

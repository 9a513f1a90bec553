package dev.goose.people.signin;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aRep;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestPeople;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SignInTest {

    @Test
    void pagesSendAnonymousVisitorsToSignInAndBackAfterwards() {
        given().redirects().follow(false).get("/people?team=1").then().statusCode(302)
                .header("Location", containsString("/login?next=%2Fpeople%3Fteam%3D1"));
        Person rep = aRep().create();
        PageSession browser = PageSession.anonymous();
        browser.postForm("/login", "email", rep.email, "password", PASSWORD, "next", "/account/password")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/account/password"));
    }

    @Test
    void signingInOpensTheHomePageAsThatPerson() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        assertThat(session.cookie(SessionMechanism.COOKIE)).isNotBlank();
        session.get("/").then().statusCode(200).body(containsString("Hello, " + rep.name));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        Person rep = aRep().create();
        Response refused = PageSession.anonymous().postForm("/login", "email", rep.email, "password", "not the password");
        refused.then().statusCode(401).body(containsString("not right"));
        assertThat(refused.getCookies()).doesNotContainKey(SessionMechanism.COOKIE);
    }

    @Test
    void repeatedFailuresMakeTheAddressWaitEvenForTheRightPassword() {
        Person rep = aRep().create();
        PageSession browser = PageSession.anonymous();
        for (int i = 0; i < 5; i++) {
            browser.postForm("/login", "email", rep.email, "password", "wrong guess " + i).then().statusCode(401);
        }
        browser.postForm("/login", "email", rep.email, "password", PASSWORD)
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-6]?[0-9]"))
                .body(containsString("Too many failed sign-ins from your address"));
        given().auth().preemptive().basic(rep.email, PASSWORD).get("/api/v1/me").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-6]?[0-9]")).body("status", equalTo(429));
        assertThat(TestPeople.reload(rep).lockedUntil).isNull();
    }

    @Test
    void aDeactivatedPersonCannotSignIn() {
        Person gone = aRep().inactive().create();
        PageSession.anonymous().postForm("/login", "email", gone.email, "password", PASSWORD)
                .then().statusCode(401);
    }

    @Test
    void signingOutEndsTheSessionForGood() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        String stolen = session.cookie(SessionMechanism.COOKIE);
        session.postForm("/logout").then().statusCode(303).header("Location", containsString("/login?signedOut=true"));
        given().redirects().follow(false).cookie(SessionMechanism.COOKIE, stolen).get("/")
                .then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void deactivationEndsOpenSessionsEvenAfterReactivation() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        Person admin = TestPeople.anAdmin().create();
        given().auth().preemptive().basic(admin.email, PASSWORD).post("/api/v1/people/" + rep.id + "/deactivate")
                .then().statusCode(200);
        given().auth().preemptive().basic(admin.email, PASSWORD).post("/api/v1/people/" + rep.id + "/activate")
                .then().statusCode(200);
        session.get("/").then().statusCode(302);
    }

    @Test
    void aPasswordResetByAnAdminEndsOpenSessions() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        Person admin = TestPeople.anAdmin().create();
        given().auth().preemptive().basic(admin.email, PASSWORD).contentType("application/json")
                .body(java.util.Map.of("name", rep.name, "email", rep.email, "role", "rep", "password", "reset by the admin"))
                .put("/api/v1/people/" + rep.id).then().statusCode(200);
        session.get("/").then().statusCode(302);
    }

    @Test
    void onlyAHashOfTheSessionCookieIsStored() {
        Person rep = aRep().create();
        String token = PageSession.signedIn(rep).cookie(SessionMechanism.COOKIE);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(SignInSession.<SignInSession>findById(token)).isNull();
            assertThat(SignInSession.<SignInSession>findById(SignInService.hash(token)).person.id).isEqualTo(rep.id);
        });
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordPageLockChangingItButNotSigningIn() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        for (int i = 0; i < 5; i++) {
            session.postForm("/account/password", "current", "guess " + i, "password", "whatever new one",
                    "confirmation", "whatever new one").then().statusCode(400);
        }
        session.postForm("/account/password", "current", PASSWORD, "password", "whatever new one",
                "confirmation", "whatever new one").then().statusCode(400).body(containsString("try again later"));
        PageSession.anonymous().postForm("/login", "email", rep.email, "password", PASSWORD).then().statusCode(303);
    }

    @Test
    void aNextThatIsNotAnAddressSendsHomeInsteadOfFailing() {
        Person rep = aRep().create();
        PageSession browser = PageSession.anonymous();
        browser.postForm("/login", "email", rep.email, "password", PASSWORD, "next", "/x y|{")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.matchesPattern("http://localhost:\\d+/"));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        Person rep = aRep().create();
        PageSession laptop = PageSession.signedIn(rep);
        PageSession phone = PageSession.signedIn(rep);
        laptop.postForm("/account/password", "current", "a wrong one", "password", "short", "confirmation", "other")
                .then().statusCode(400)
                .body(containsString("not your current password"))
                .body(containsString("at least 10"))
                .body(containsString("differ"));
        laptop.postForm("/account/password", "current", PASSWORD, "password", "my new passphrase",
                "confirmation", "my new passphrase").then().statusCode(303);
        laptop.get("/account/password?changed=true").then().statusCode(200).body(containsString("password is changed"));
        laptop.get("/").then().statusCode(200);
        phone.get("/").then().statusCode(302);
        PageSession.signIn(rep.email, "my new passphrase").get("/").then().statusCode(200);
    }

    @Test
    void theSignInPageHidesDemoAccountsOutsideDevMode() {
        Response page = given().get("/login");
        page.then().statusCode(200).body(not(containsString("demo-accounts")));
    }

    @Test
    void anExpiredOrUnknownSessionCookieStillReachesTheSignInPage() {
        given().redirects().follow(false).cookie(SessionMechanism.COOKIE, "forged-value").get("/login")
                .then().statusCode(200).body(containsString("Sign in to Goose"));
    }

    @Test
    void theLayoutShowsTheRightNavigationForTheRole() {
        Person rep = aRep().create();
        PageSession.signedIn(rep).get("/").then().statusCode(200)
                .body(not(containsString("href=\"/people\"")))
                .body(containsString("Sign out"));
        Person admin = TestPeople.anAdmin().create();
        PageSession.signedIn(admin).get("/").then().statusCode(200)
                .body(containsString("href=\"/people\""))
                .body(containsString("href=\"/teams\""));
    }

    @Test
    void apiCredentialsWorkOnEveryCallAndAWrongOneStillFails() {
        Person rep = aRep().create();
        for (int i = 0; i < 3; i++) {
            given().auth().preemptive().basic(rep.email, PASSWORD).get("/api/v1/me").then().statusCode(200)
                    .body("email", equalTo(rep.email));
        }
        given().auth().preemptive().basic(rep.email, PASSWORD + "x").get("/api/v1/me").then().statusCode(401);
    }
}

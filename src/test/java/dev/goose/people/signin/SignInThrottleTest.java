package dev.goose.people.signin;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class SignInThrottleTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.10";

    @Inject
    SignInService signIn;

    @Inject
    SignInThrottle throttle;

    @Test
    void anAttackersAddressCannotLockTheOwnerOutEvenOfAnAdminAccount() {
        Person admin = anAdmin().create();
        for (int i = 0; i < 20; i++) {
            signIn.checkPassword(admin.email, "guess " + i, ATTACKER);
        }
        assertThat(signIn.checkPassword(admin.email, PASSWORD, ATTACKER).throttled()).isTrue();
        assertThat(signIn.checkPassword(admin.email, PASSWORD, OWNER).passed()).isTrue();
    }

    @Test
    void theAttackerWaitsLongerAfterEveryFailure() {
        Person rep = aRep().create();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 5; i++) {
            throttle.failed(rep.email, ATTACKER, now);
        }
        Duration first = throttle.waitFor(rep.email, ATTACKER, now);
        throttle.failed(rep.email, ATTACKER, now);
        throttle.failed(rep.email, ATTACKER, now);
        assertThat(first).isPositive();
        assertThat(throttle.waitFor(rep.email, ATTACKER, now)).isEqualTo(first.multipliedBy(4));
        assertThat(throttle.waitFor(rep.email, OWNER, now)).isZero();
    }

    @Test
    void anAddressThatFailedForManyAccountsWaitsForEveryAccount() {
        Person rep = aRep().create();
        String sprayer = "192.0.2." + (System.nanoTime() % 200 + 1);
        QuarkusTransaction.requiringNew().run(() -> {
            SignInFailure spraying = new SignInFailure();
            spraying.account = SignInFailure.ANY_ACCOUNT;
            spraying.address = sprayer;
            spraying.failures = 100_000;
            spraying.lastFailedAt = Instant.now();
            spraying.persist();
        });
        assertThat(signIn.checkPassword(rep.email, PASSWORD, sprayer).throttled()).isTrue();
        assertThat(signIn.checkPassword(rep.email, PASSWORD, OWNER).passed()).isTrue();
    }

    @Test
    void aRightPasswordClearsTheFailuresOfThatAddressOnly() {
        Person rep = aRep().create();
        for (int i = 0; i < 4; i++) {
            signIn.checkPassword(rep.email, "guess " + i, OWNER);
            signIn.checkPassword(rep.email, "guess " + i, ATTACKER);
        }
        assertThat(signIn.checkPassword(rep.email, PASSWORD, OWNER).passed()).isTrue();
        assertThat(signIn.checkPassword(rep.email, "one more", OWNER).throttled()).isFalse();
        assertThat(signIn.checkPassword(rep.email, "one more", ATTACKER).throttled()).isFalse();
        assertThat(signIn.checkPassword(rep.email, PASSWORD, ATTACKER).throttled()).isTrue();
    }

    @Test
    void unknownAccountsAreSlowedAlikeSoTheAnswerTellsNothing() {
        String nobody = "nobody" + System.nanoTime() + "@goose.test";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn.checkPassword(nobody, "guess", ATTACKER).failure()).isEqualTo(PasswordCheck.WRONG);
        }
        assertThat(signIn.checkPassword(nobody, "guess", ATTACKER).throttled()).isTrue();
    }

    @Test
    void aForwardedForHeaderIsNotTrustedWithoutTheProxySettings() {
        Person rep = aRep().create();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", "10.9.8." + i).auth().preemptive().basic(rep.email, "guess " + i)
                    .get("/api/v1/me").then().statusCode(401);
        }
        given().header("X-Forwarded-For", "10.9.8.99").auth().preemptive().basic(rep.email, "guess again")
                .get("/api/v1/me").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
}

package dev.goose.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;

import dev.goose.people.Person;
import dev.goose.testing.AtOnce;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The first requests of someone new reach several nodes at once: every one signs in, one person is made. */
@QuarkusTest
class FirstSignInAtOnceTest {

    @Inject
    OidcPeople people;

    /** Many rounds, as the race it guards against is lost only now and then. */
    @RepeatedTest(20)
    void aNewPersonSigningInThroughKeycloakOnSeveralNodesAtOnceSucceedsEverywhereAsOnePerson() throws Exception {
        long n = System.nanoTime();
        OidcClaims claims = new OidcClaims("subject-" + n, "new-" + n + "@example.com", true, "New Person", Set.of("rep"));
        List<SignedIn> signedIn = AtOnce.run(8, () -> people.signIn(claims));
        assertThat(signedIn).extracting(SignedIn::personId).containsOnly(signedIn.get(0).personId());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.count("email", "new-" + n + "@example.com"))).isEqualTo(1);
    }
}

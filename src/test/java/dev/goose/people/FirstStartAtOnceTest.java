package dev.goose.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.goose.testing.AtOnce;
import dev.goose.testing.FreshStart;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * Several nodes starting at the same moment on an empty database, each with the same
 * GOOSE_ADMIN_EMAIL: one first admin, and no node fails. The fresh start's profile, for a
 * database nobody has used yet.
 */
@QuarkusTest
@TestProfile(FreshStart.class)
class FirstStartAtOnceTest {

    @Inject
    Startup startup;

    @Test
    void nodesCreatingTheFirstAdminAtTheSameMomentCreateOneAndAllStart() throws Exception {
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.count())).isZero();
        List<Boolean> created = AtOnce.run(6, () -> startup.createFirstAdmin("First@Example.com", "a strong first password"));
        assertThat(created).containsOnlyOnce(true);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.count())).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.byEmail("first@example.com").orElseThrow().role))
                .isEqualTo(Role.ADMIN);
    }
}

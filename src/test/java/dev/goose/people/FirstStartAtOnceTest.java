package dev.goose.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.testing.AtOnce;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * Several nodes starting at the same moment on an empty database, each with the same
 * GOOSE_ADMIN_EMAIL: one first admin, and no node fails. Its own profile, for a database nobody
 * has used yet.
 */
@QuarkusTest
@TestProfile(FirstStartAtOnceTest.EmptyDatabase.class)
class FirstStartAtOnceTest {

    /** A Quarkus of its own, hence a database of its own. */
    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("goose.people.first-admin.name", "First Admin");
        }
    }

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

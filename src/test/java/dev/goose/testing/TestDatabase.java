package dev.goose.testing;

import java.io.IOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs the whole Quarkus suite on a real PostgreSQL when {@code goose.test.db=postgresql} (the
 * build's second surefire run); otherwise the suite uses the in-memory H2 of the test profile.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("goose.test.db"));
    }

    @Override
    public Map<String, String> start() {
        if (!onPostgres()) {
            return Map.of();
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

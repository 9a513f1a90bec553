package dev.goose.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class FirstAdminTest {

    @Inject
    Startup startup;

    @Test
    void anEmptyInstallationGetsItsFirstAdminFromTheEnvironmentOnly() {
        // Empties the people, and every row that refers to them, inside a transaction that is rolled back,
        // so other tests keep their data.
        QuarkusTransaction.begin();
        try {
            Team.update("manager = null");
            Person.update("manager = null, team = null");
            Person.getEntityManager().unwrap(Session.class).doWork(c -> deleteWhatReferences("person", c, new HashSet<>(Set.of("person"))));
            Person.deleteAll();

            assertThat(startup.createFirstAdmin("", "")).isFalse();
            assertThat(startup.createFirstAdmin("Boss@Example.com", "short")).isFalse();
            assertThat(Person.count()).isZero();

            assertThat(startup.createFirstAdmin("Boss@Example.com", "a strong first password")).isTrue();
            Person admin = Person.byEmail("boss@example.com").orElseThrow();
            assertThat(admin.role).isEqualTo(Role.ADMIN);
            assertThat(Passwords.matches("a strong first password", admin.passwordHash)).isTrue();

            assertThat(startup.createFirstAdmin("other@example.com", "another strong password")).isFalse();
            assertThat(Person.count()).isEqualTo(1);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** Deletes every row that refers to the table, directly or through other rows, deepest first. */
    private static void deleteWhatReferences(String table, Connection connection, Set<String> done) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table.toLowerCase(Locale.ROOT);
        List<String> referring = new ArrayList<>();
        try (ResultSet keys = meta.getExportedKeys(null, null, name)) {
            while (keys.next()) {
                referring.add(keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        for (String child : referring) {
            if (done.add(child)) {
                deleteWhatReferences(child, connection, done);
                try (Statement delete = connection.createStatement()) {
                    delete.executeUpdate("delete from " + child);
                }
            }
        }
    }
}

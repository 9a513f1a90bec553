package dev.goose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 the way Goose uses it: Flyway makes the schema through its own connections and
 * closes them, and the app writes later through other ones. H2 2.4.240 then refused every row
 * checked by a {@code CHECK (x IN (...))} ("Check constraint invalid"), so nothing could be saved.
 */
@Tag("unit")
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aFileDatabaseAcceptsCheckedRowsFromAFreshConnectionAfterTheSchemaWasMadeByAnother() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("goose") + ";DB_CLOSE_ON_EXIT=FALSE";
        migrate(url);
        assertThat(Files.exists(folder.resolve("goose.mv.db"))).isTrue();
        insertCheckedRows(url);
        // And again once the file was closed and opened anew, as after a restart or an idle pool.
        try (Connection c = DriverManager.getConnection(url, "goose", "goose"); Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
        insertCheckedRows(url);
    }

    @Test
    void anInMemoryDatabaseAcceptsCheckedRowsFromAFreshConnectionAfterTheSchemaWasMadeByAnother() throws SQLException {
        String url = "jdbc:h2:mem:goose-check-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        migrate(url);
        insertCheckedRows(url);
    }

    @Test
    void aRowOutsideTheCheckIsStillRefused() throws SQLException {
        String url = "jdbc:h2:mem:goose-check-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        migrate(url);
        try (Connection c = DriverManager.getConnection(url, "goose", "goose"); Statement s = c.createStatement()) {
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.executeUpdate(person("someone@example.com", "owner")));
            assertThat(refused.getSQLState()).isEqualTo("23513");
        }
    }

    private static void migrate(String url) {
        Flyway.configure().dataSource(url, "goose", "goose").locations("classpath:db/migration").load().migrate();
    }

    /** A playbook of each kind and a person of each role, each through a new connection. */
    private static void insertCheckedRows(String url) throws SQLException {
        long n = System.nanoTime();
        for (String kind : new String[] { "sales", "onboarding", "reference" }) {
            update(url, "insert into playbook (slug, title, kind, audience, review_required, current_number, created_at, updated_at)"
                    + " values ('" + kind + "-" + n + "', 'T', '" + kind + "', 'everyone', false, 0, current_timestamp, current_timestamp)");
        }
        for (String role : new String[] { "admin", "manager", "rep" }) {
            update(url, person(role + "-" + n + "@example.com", role));
        }
        try (Connection c = DriverManager.getConnection(url, "goose", "goose"); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from person where email like '%-" + n + "@example.com'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
        }
    }

    private static String person(String email, String role) {
        return "insert into person (name, email, role, active, created_at) values ('P', '" + email + "', '" + role
                + "', true, current_timestamp)";
    }

    private static void update(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "goose", "goose"); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).isEqualTo(1);
        }
    }
}

package dev.goose.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.JDBCException;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.internal.SQLStateConversionDelegate;
import org.hibernate.exception.internal.StandardSQLExceptionConverter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the error mapper says about real failures from H2 and PostgreSQL, converted by Hibernate as
 * the app sees them: only a duplicate key is a race (409); a violated check, a missing value or a
 * dangling reference is our bug (500); a database out of reach is a 503.
 */
@Tag("unit")
class ErrorMapperRulesTest {

    private static final String SCHEMA = "create table parent (id int primary key);"
            + "create table child (id int primary key, email varchar(50) not null unique,"
            + " role varchar(10) check (role in ('admin', 'rep')), parent_id int references parent (id));"
            + "insert into child (id, email) values (1, 'taken@example.com')";

    private static final Map<String, String> VIOLATIONS = new LinkedHashMap<>();

    static {
        VIOLATIONS.put("unique", "insert into child (id, email) values (2, 'taken@example.com')");
        VIOLATIONS.put("check", "insert into child (id, email, role) values (3, 'a@example.com', 'owner')");
        VIOLATIONS.put("not null", "insert into child (id, email) values (4, null)");
        VIOLATIONS.put("foreign key", "insert into child (id, email, parent_id) values (5, 'b@example.com', 99)");
    }

    @Test
    void onH2OnlyADuplicateKeyIsReportedAsAConcurrentChange() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:rules-" + System.nanoTime())) {
            Map<String, Throwable> failures = violate(c, new H2Dialect());
            assertOnlyTheDuplicateKeyIsARace(failures);
        }
    }

    @Test
    void onPostgresqlOnlyADuplicateKeyIsReportedAsAConcurrentChangeAndAStoppedServerIsUnreachable() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            Map<String, Throwable> failures = violate(c, new PostgreSQLDialect());
            assertOnlyTheDuplicateKeyIsARace(failures);

            postgres.close();
            SQLException broken = assertThrows(SQLException.class, () -> c.createStatement().executeQuery("select 1"));
            assertThat(DatabaseFailures.isUnreachable(broken)).as(broken.getSQLState() + " " + broken).isTrue();
            assertThat(DatabaseFailures.isUnreachable(convert(new PostgreSQLDialect(), broken))).isTrue();
            assertThat(DatabaseFailures.isRace(broken)).isFalse();
        } finally {
            postgres.close();
        }
    }

    @Test
    void aRefusedConnectionIsUnreachableFromTheDriverFromHibernateAndFromThePool() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + freePort() + "/goose";
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "goose", "goose"));
        assertThat(refused.getSQLState()).startsWith("08");
        assertThat(DatabaseFailures.isUnreachable(refused)).isTrue();
        JDBCException converted = convert(new PostgreSQLDialect(), refused);
        assertThat(converted).isInstanceOf(JDBCConnectionException.class);
        assertThat(DatabaseFailures.isUnreachable(new RuntimeException("wrapped", converted))).isTrue();

        var config = new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool -> pool.maxSize(1)
                .acquisitionTimeout(Duration.ofSeconds(1)).connectionFactoryConfiguration(factory -> factory.jdbcUrl(url)
                        .principal(new NamePrincipal("goose")).credential(new SimplePassword("goose"))));
        try (AgroalDataSource pool = AgroalDataSource.from(config)) {
            SQLException fromPool = assertThrows(SQLException.class, pool::getConnection);
            assertThat(DatabaseFailures.isUnreachable(fromPool)).as(fromPool.toString()).isTrue();
            assertThat(DatabaseFailures.isRace(fromPool)).isFalse();
        }
    }

    @Test
    void failuresWithoutADatabaseCauseAreNeither() {
        var other = new RuntimeException(new IllegalStateException("no"));
        assertThat(DatabaseFailures.isRace(other)).isFalse();
        assertThat(DatabaseFailures.isUnreachable(other)).isFalse();
        assertThat(DatabaseFailures.isRace(new SQLException("no state"))).isFalse();
    }

    private static void assertOnlyTheDuplicateKeyIsARace(Map<String, Throwable> failures) {
        failures.forEach((kind, failure) -> {
            Throwable wrapped = new RuntimeException("commit failed", new IllegalStateException("rollback", failure));
            assertThat(DatabaseFailures.isRace(wrapped)).as(kind).isEqualTo(kind.equals("unique"));
            assertThat(DatabaseFailures.isUnreachable(wrapped)).as(kind).isFalse();
        });
    }

    /** Each violation as Hibernate hands it on, after making the schema through the same connection. */
    private static Map<String, Throwable> violate(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : SCHEMA.split(";")) {
                s.execute(sql);
            }
        }
        Map<String, Throwable> failures = new LinkedHashMap<>();
        VIOLATIONS.forEach((kind, sql) -> {
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(sql);
                }
            }, kind);
            failures.put(kind, convert(dialect, e));
        });
        return failures;
    }

    private static JDBCException convert(Dialect dialect, SQLException e) {
        var converter = new StandardSQLExceptionConverter(dialect.buildSQLExceptionConversionDelegate(),
                new SQLStateConversionDelegate(dialect::getViolatedConstraintNameExtractor));
        return converter.convert(e, "could not execute statement", null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

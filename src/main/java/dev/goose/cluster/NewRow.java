package dev.goose.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A row to insert unless its key is taken, for records that requests create when missing (what a
 * person saw, say): two requests doing it at the same moment, on one node or two, both succeed and
 * one row is stored. A check first and a plain insert would fail the slower of them on the key.
 *
 * <pre>{@code new NewRow("guide_seen").key("person_id", 7L).key("anchor", "demo").value("version", 2).insertIfMissing()}</pre>
 */
public final class NewRow {

    private static final String UNIQUE_VIOLATION = "23505";

    private final String table;
    private final List<String> keys = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** A row of this table; names are the code's own, never input. */
    public NewRow(String table) {
        this.table = table;
    }

    /** A column of the key that decides whether the row exists. */
    public NewRow key(String column, Object value) {
        keys.add(column);
        return value(column, value);
    }

    /** Another column of the new row. */
    public NewRow value(String column, Object value) {
        columns.add(column);
        values.add(value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        return this;
    }

    /**
     * Inserts the row in the current transaction unless a row with its key exists or is being
     * inserted by another transaction (then this waits for that one); returns whether it inserted.
     */
    public boolean insertIfMissing() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        return session.doReturningWork(this::insert);
    }

    private boolean insert(Connection connection) throws SQLException {
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        if (postgres) {
            insert += " on conflict (" + String.join(", ", keys) + ") do nothing";
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            // H2 has no "on conflict"; a failed statement there undoes only itself, not the transaction.
            if (!postgres && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}

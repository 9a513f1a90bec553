package dev.goose.web;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * What a failure from the database means for the answer, read from the SQLState (the same on H2 and
 * PostgreSQL): a duplicate key is two requests racing past the same check (409); a database out of
 * reach is worth retrying later (503); any other violated constraint is a bug of ours (500).
 */
public final class DatabaseFailures {

    /** unique_violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";
    /** Seconds a client should wait before retrying while the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** PostgreSQL shutting down or starting up: admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03");

    /** Bounds the walk down the causes, should a chain ever loop. */
    private static final int MAX_DEPTH = 64;

    private DatabaseFailures() {
    }

    /** Whether the failure is a duplicate key anywhere among its causes: a real concurrent change. */
    static boolean isRace(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < MAX_DEPTH; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database could not be reached: a connection refused or broken (SQLState class 08),
     * a server shutting down, or no connection from the pool in time because none can be made.
     */
    public static boolean isUnreachable(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < MAX_DEPTH; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE.contains(state))) {
                    return true;
                }
                // Agroal gives no SQLState when it waited in vain for a connection.
                String message = sql.getMessage();
                if (state == null && message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}

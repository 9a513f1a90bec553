package dev.goose.incentive.pay;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Marks the current transaction as one that only reads, for the calls that compute statements. By
 * default Hibernate flushes before every query, dirty-checking every entity the transaction has loaded
 * so far; computing the statements of 550 people runs thousands of small queries over thousands of
 * loaded rows, and that check grew with the square of them (three fifths of the call's time in a
 * profile). Entities loaded from here on are kept without a snapshot, and nothing is flushed before
 * a query; anything written would still be flushed at commit.
 */
final class ReadOnlyCall {

    private ReadOnlyCall() {
    }

    /** For the rest of the current transaction: no flush before queries, and no dirty check of what it loads. */
    static void begin() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.setHibernateFlushMode(FlushMode.COMMIT);
        session.setDefaultReadOnly(true);
    }
}

package dev.goose.testing;

import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Empties the books of pay. Closing a period closes it for everyone in the database, and every person
 * a plan pays is in the period an admin closes, so a test that closes periods starts and ends with no
 * assignments, statements, closes, disputes, adjustments or exchange rates left by others.
 */
public final class TestPay {

    private static final List<String> TABLES = List.of("pay_adjustment", "pay_dispute_message", "pay_dispute", "pay_statement",
            "pay_period", "plan_assignment", "exchange_rate");

    private TestPay() {
    }

    public static void emptyBooks() {
        QuarkusTransaction.requiringNew().run(() -> TABLES.forEach(table -> Panache.getEntityManager()
                .createNativeQuery("delete from " + table).executeUpdate()));
    }
}

package dev.goose.playbook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * A named row that work which must run on one node at a time locks for its transaction: the other
 * nodes wait for it, then find the work already done.
 */
@Entity
@Table(name = "app_lock")
public class AppLock extends PanacheEntityBase {

    public static final String PLAYBOOK_SYNC = "playbook-sync";
    public static final String REMINDER_DIGEST = "reminder-digest";

    @Id
    public String name;

    /** Blocks until this transaction holds the lock; it is released at commit or rollback. */
    public static void acquire(String name) {
        AppLock lock = getEntityManager().find(AppLock.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            throw new IllegalStateException("No lock row named " + name);
        }
    }
}

package dev.goose.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * A named row that work which must run on one node at a time locks for its transaction: the other
 * nodes wait for it, then find the work already done. Each name is a row made by a migration.
 */
@Entity
@Table(name = "app_lock")
public class AppLock extends PanacheEntityBase {

    public static final String PLAYBOOK_SYNC = "playbook-sync";
    public static final String REMINDER_DIGEST = "reminder-digest";
    /** Once-only work at start-up (the first admin, demo data): nodes starting together take turns. */
    public static final String FIRST_START = "first-start";
    /** Creating a person met for the first time at sign-in, so that two nodes create one person. */
    public static final String NEW_PERSON = "new-person";

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

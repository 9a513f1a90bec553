package dev.goose.cache;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Which regions have changed, as a generation per region that only grows. A transaction that writes
 * a region moves its generation when it commits, never before, so a cache filled from data older
 * than the commit is stale at once; a rolled-back transaction moves nothing.
 */
@ApplicationScoped
public class Writes {

    private static final Object PENDING = new Object();

    private final AtomicLongArray generations = new AtomicLongArray(Region.values().length);

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    Event<Committed> committed;

    /** Regions that a committed transaction on this node changed: other nodes are told. */
    public record Committed(Set<Region> regions) {
    }

    /** Notes that the current transaction changes a region; outside one, the change is already made. */
    public void changed(Region region) {
        int status = registry.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            advance(EnumSet.of(region));
            committed.fire(new Committed(EnumSet.of(region)));
            return;
        }
        if (status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_ROLLING_BACK
                || status == Status.STATUS_ROLLEDBACK) {
            return; // it will change nothing
        }
        @SuppressWarnings("unchecked")
        Set<Region> pending = (Set<Region>) registry.getResource(PENDING);
        if (pending == null) {
            Set<Region> regions = EnumSet.noneOf(Region.class);
            registry.putResource(PENDING, regions);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int outcome) {
                    if (outcome == Status.STATUS_COMMITTED) {
                        advance(regions);
                        committed.fire(new Committed(Set.copyOf(regions)));
                    }
                }
            });
            pending = regions;
        }
        pending.add(region);
    }

    /** Whether the current transaction has changed any of these regions and not committed yet. */
    public boolean pendingIn(Set<Region> regions) {
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Set<Region> pending = (Set<Region>) registry.getResource(PENDING);
        return pending != null && pending.stream().anyMatch(regions::contains);
    }

    /** A number that changes whenever any of these regions changes. */
    public long stamp(Set<Region> regions) {
        long stamp = 0;
        for (Region region : regions) {
            stamp += generations.get(region.ordinal());
        }
        return stamp;
    }

    /** Moves the generations of regions changed here or, as a notification says, on another node. */
    public void advance(Set<Region> regions) {
        for (Region region : regions) {
            generations.incrementAndGet(region.ordinal());
        }
    }
}

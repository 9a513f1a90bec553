package dev.goose.cache;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;

/**
 * Values read from the database, kept until a region they were read from changes or their lifetime
 * ends. The stamp is taken before reading, so a value read while a write commits is never kept as
 * fresh. Inside a transaction that has changed one of the regions, reads bypass the cache: the
 * transaction must see its own writes.
 *
 * <p>An entry is read again a little before its lifetime ends, by one caller: the first to ask once
 * it is due takes the miss and the others keep the entry, which is still within its lifetime. Without
 * that, every request in flight when a hot entry expired read it from the database at once, and
 * those stalls every lifetime were the slowest percent of requests (bench/README.md, 2026-12-03).
 */
public final class ReadCache<K, V> {

    private record Entry<V>(V value, long stamp, long loadedAt, AtomicBoolean refreshing) {

        /** Whether this caller reads the entry again: it is due, and nobody else took it, or this is a re-run. */
        boolean refreshNow(long refreshAfterNanos) {
            if (refreshAfterNanos <= 0 || System.nanoTime() - loadedAt < refreshAfterNanos) {
                return false;
            }
            return refreshing.compareAndSet(false, true) || FromMemory.rerunAfterMiss();
        }
    }

    private final Writes writes;
    private final Set<Region> regions;
    private final boolean enabled;
    private final Cache<K, Entry<V>> entries;
    private final StatsCounter stats;
    private final long refreshAfterNanos;

    ReadCache(Writes writes, Set<Region> regions, boolean enabled, Cache<K, Entry<V>> entries, StatsCounter stats,
            Duration refreshAfter) {
        this.writes = writes;
        this.regions = Set.copyOf(regions);
        this.enabled = enabled;
        this.entries = entries;
        this.stats = stats;
        this.refreshAfterNanos = refreshAfter.toNanos();
    }

    /** The cached value, or what the loader reads now; a null from the loader is not kept. */
    public V get(K key, Supplier<V> loader) {
        V cached = cached(key);
        if (cached != null) {
            return cached;
        }
        FromMemory.leavingMemory();
        long stamp = stamp();
        V value = loader.get();
        put(key, stamp, value);
        return value;
    }

    /** The value if it is cached and fresh, else null: for callers that must load it elsewhere. */
    public V cached(K key) {
        if (!enabled) {
            return null;
        }
        // The map view keeps Caffeine's usage tracking but counts nothing: a stale entry is a miss
        // here, which Caffeine cannot know, so hits and misses are counted below.
        Entry<V> entry = entries.asMap().get(key);
        if (entry == null || entry.stamp() != writes.stamp(regions) || writes.pendingIn(regions)
                || entry.refreshNow(refreshAfterNanos)) {
            stats.recordMisses(1);
            return null;
        }
        stats.recordHits(1);
        return entry.value();
    }

    /** The stamp to take before reading a value that will be {@link #put} afterwards. */
    public long stamp() {
        return writes.stamp(regions);
    }

    /** Keeps a value read after {@code stamp} was taken, unless something changed meanwhile. */
    public void put(K key, long stamp, V value) {
        if (value == null || !enabled || stamp != writes.stamp(regions) || writes.pendingIn(regions)) {
            return;
        }
        entries.put(key, new Entry<>(value, stamp, System.nanoTime(), new AtomicBoolean()));
    }

    public void evict(K key) {
        entries.invalidate(key);
    }
}

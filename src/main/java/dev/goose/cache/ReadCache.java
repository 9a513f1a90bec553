package dev.goose.cache;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values read from the database, kept until a region they were read from changes or their lifetime
 * ends. The stamp is taken before reading, so a value read while a write commits is never kept as
 * fresh. Inside a transaction that has changed one of the regions, reads bypass the cache: the
 * transaction must see its own writes.
 */
public final class ReadCache<K, V> {

    private record Entry<V>(V value, long stamp, long expiresAt) {
    }

    private final Writes writes;
    private final Set<Region> regions;
    private final long ttlNanos;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ReadCache(Writes writes, Set<Region> regions, long ttlNanos, int maxEntries) {
        this.writes = writes;
        this.regions = Set.copyOf(regions);
        this.ttlNanos = ttlNanos;
        this.maxEntries = maxEntries;
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
        Entry<V> entry = entries.get(key);
        if (entry == null || ttlNanos == 0 || entry.stamp() != writes.stamp(regions)
                || System.nanoTime() - entry.expiresAt() >= 0 || writes.pendingIn(regions)) {
            return null;
        }
        return entry.value();
    }

    /** The stamp to take before reading a value that will be {@link #put} afterwards. */
    public long stamp() {
        return writes.stamp(regions);
    }

    /** Keeps a value read after {@code stamp} was taken, unless something changed meanwhile. */
    public void put(K key, long stamp, V value) {
        if (value == null || ttlNanos == 0 || stamp != writes.stamp(regions) || writes.pendingIn(regions)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear(); // rare, and cheaper to refill than to track what is least used
        }
        entries.put(key, new Entry<>(value, stamp, System.nanoTime() + ttlNanos));
    }

    public void evict(K key) {
        entries.remove(key);
    }
}

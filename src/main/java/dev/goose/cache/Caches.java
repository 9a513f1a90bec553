package dev.goose.cache;

import java.time.Duration;

import java.util.EnumSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes the application's caches, all on Caffeine and all named in {@code /q/metrics} (size, hits,
 * misses and evictions, tagged {@code cache=<name>}), so a cache that does not pay shows it.
 */
@ApplicationScoped
public class Caches {

    @Inject
    Writes writes;

    @Inject
    CacheConfig config;

    @Inject
    MeterRegistry registry;

    /** A cache of database reads, kept fresh by the regions it reads from and bounded by the lifetime. */
    public <K, V> ReadCache<K, V> of(String name, int maxEntries, Region first, Region... rest) {
        StatsCounter stats = new ConcurrentStatsCounter();
        boolean enabled = !config.ttl().isZero();
        Caffeine<Object, Object> builder = builder(maxEntries, stats);
        Cache<K, ?> entries = (enabled ? builder.expireAfterWrite(config.ttl()) : builder).build();
        CaffeineCacheMetrics.monitor(registry, entries, name);
        @SuppressWarnings({ "unchecked", "rawtypes" })
        ReadCache<K, V> cache = new ReadCache(writes, EnumSet.of(first, rest), enabled, entries, stats, refreshAfter(config.ttl()));
        return cache;
    }

    /** When an entry is read again ahead of its lifetime's end: at four fifths of it. */
    static Duration refreshAfter(Duration ttl) {
        return ttl.multipliedBy(4).dividedBy(5);
    }

        /** A cache of values that never go stale (derived from immutable inputs, or checked by the caller), bounded by size. */
    public <K, V> Cache<K, V> kept(String name, int maxEntries) {
        Cache<K, V> cache = builder(maxEntries, new ConcurrentStatsCounter()).build();
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return cache;
    }

    /**
     * The same for objects the container does not make (a Jackson serializer): counted in the global
     * registry, which Quarkus feeds into {@code /q/metrics}.
     */
    public static <K, V> Cache<K, V> keptOutsideContainer(String name, int maxEntries) {
        Cache<K, V> cache = builder(maxEntries, new ConcurrentStatsCounter()).build();
        CaffeineCacheMetrics.monitor(Metrics.globalRegistry, cache, name);
        return cache;
    }

    private static Caffeine<Object, Object> builder(int maxEntries, StatsCounter stats) {
        // Maintenance runs on the calling thread: it is small, and no pool thread is needed for it.
        return Caffeine.newBuilder().maximumSize(maxEntries).recordStats(() -> stats).executor(Runnable::run);
    }
}

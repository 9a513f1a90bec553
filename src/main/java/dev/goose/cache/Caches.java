package dev.goose.cache;

import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Makes read caches, each kept fresh by the regions it reads from. */
@ApplicationScoped
public class Caches {

    @Inject
    Writes writes;

    @Inject
    CacheConfig config;

    public <K, V> ReadCache<K, V> of(int maxEntries, Region first, Region... rest) {
        return new ReadCache<>(writes, EnumSet.of(first, rest), config.ttl().toNanos(), maxEntries);
    }
}

package dev.goose.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the read caches. */
@ConfigMapping(prefix = "goose.cache")
public interface CacheConfig {

    /**
     * How long a cached read lives at most. Writes empty caches at once; this only bounds how long a
     * node that missed a notification (its listening connection was down) can serve what it read.
     * Zero turns caching off.
     */
    @WithDefault("PT10S")
    Duration ttl();
}

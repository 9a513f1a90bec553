package dev.goose.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;

/**
 * An entry due to be read again goes to one caller, and everyone else keeps it meanwhile: a hot entry
 * nearing the end of its lifetime no longer sends every request in flight to the database at once.
 */
@Tag("unit")
class RefreshAheadTest {

    @Test
    void onceDueTheFirstCallerReadsAgainAndTheOthersKeepTheEntryUntilItComes() {
        ReadCache<String, String> cache = cache(Duration.ofNanos(1));
        cache.put("k", cache.stamp(), "v1");
        AtomicInteger loads = new AtomicInteger();

        assertThat(cache.cached("k")).as("the first caller once due takes the read").isNull();
        assertThat(cache.cached("k")).as("the others keep the entry").isEqualTo("v1");
        assertThat(cache.get("k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
        assertThat(loads).hasValue(0);

        cache.put("k", cache.stamp(), "v2");
        assertThat(cache.get("k", () -> "v" + (2 + loads.incrementAndGet()))).as("the new entry is due again at once here").isEqualTo("v3");
        assertThat(cache.cached("k")).isNull();
        assertThat(cache.cached("k")).isEqualTo("v3");
    }

    @Test
    void beforeItIsDueEveryCallerGetsTheEntry() {
        ReadCache<String, String> cache = cache(Duration.ofHours(1));
        cache.put("k", cache.stamp(), "v1");
        for (int i = 0; i < 3; i++) {
            assertThat(cache.get("k", () -> "read again")).isEqualTo("v1");
        }
    }

    @Test
    void aRefreshIsDueAtFourFifthsOfTheLifetime() {
        assertThat(Caches.refreshAfter(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(8));
    }

    private static ReadCache<String, String> cache(Duration refreshAfter) {
        Writes writes = new Writes() {
            @Override
            public boolean pendingIn(Set<Region> regions) {
                return false;
            }
        };
        return new ReadCache<>(writes, Set.of(Region.DEALS), true, Caffeine.newBuilder().build(), new ConcurrentStatsCounter(),
                refreshAfter);
    }
}

package dev.goose.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Every cache shows its size, hits, misses and evictions in /q/metrics under its name. */
@QuarkusTest
class CacheMetricsTest {

    @Inject
    Caches caches;

    @Test
    void aNamedCacheShowsItsSizeHitsMissesAndEvictionsAfterARead() {
        ReadCache<String, String> cache = caches.of("metrics-check", 10, Region.KPIS);
        cache.get("k", () -> "v");
        cache.get("k", () -> "v");
        given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*cache_size\\{cache=\"metrics-check\"[^}]*} 1\\.0\n.*"))
                .body(matchesPattern("(?s).*cache_gets_total\\{cache=\"metrics-check\"[^}]*result=\"hit\"[^}]*} 1\\.0\n.*"))
                .body(matchesPattern("(?s).*cache_gets_total\\{cache=\"metrics-check\"[^}]*result=\"miss\"[^}]*} 1\\.0\n.*"))
                .body(containsString("cache_evictions_total{cache=\"metrics-check\""));
    }

}

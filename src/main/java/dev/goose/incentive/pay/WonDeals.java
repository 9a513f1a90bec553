package dev.goose.incentive.pay;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.pipeline.Deals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The deals people won in a window, as pay reads them, kept until a deal changes: My pay asks for the
 * same team's deals in its statement, its outlook and each preview, and every member of a team asks
 * for them again. A deal written anywhere makes every entry stale at once (region {@code DEALS}).
 */
@ApplicationScoped
class WonDeals {

    @Inject
    Caches caches;

    private ReadCache<String, List<Deals.WonDeal>> won;

    @PostConstruct
    void init() {
        won = caches.of("won-deals", 2_000, Region.DEALS);
    }

    /** As {@link Deals#wonByAny}: the deals won in {@code [from, until)} that any of the people own or have a share of. */
    List<Deals.WonDeal> of(Collection<Long> people, Instant from, Instant until) {
        String key = people.stream().sorted().distinct().toList() + "/" + from + "/" + until;
        return won.get(key, () -> Deals.wonByAny(people, from, until));
    }
}

package dev.goose.pipeline.deal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.people.CurrentPerson;
import dev.goose.people.Role;
import dev.goose.pipeline.deal.DealViews.DealPage;
import dev.goose.time.Clocks;
import dev.goose.web.CsrfToken;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Deal pages as last rendered for one browser: a rep who reloads a deal during a call, or comes
 * back to its tab, gets the same bytes again while nothing has changed. Besides the deal, a page
 * shows what the layout and its cards read for the viewer (name, role, reminder banner, the "+1"
 * buttons, the form token) and what the address asks for (a notice, a confirmation). So a page is
 * kept for the deal as now seen, the viewer, their token, the address and the day, and it is stale
 * as soon as anything in any region is written, here or on another node, and after the caches'
 * time bound: what a page shows from memory comes from those regions' caches, so a page served
 * again is the one that rendering again would give.
 */
@ApplicationScoped
class RenderedPages {

    private record Shown(DealPage page, Long viewer, Role role, String csrf, String address, LocalDate day) {
    }

    @Inject
    Caches caches;

    @Inject
    CurrentPerson current;

    @Inject
    CsrfToken csrf;

    @Inject
    RoutingContext routing;

    @Inject
    Clock clock;

    private ReadCache<Shown, byte[]> pages;

    @PostConstruct
    void init() {
        // A page is some 20 KB, and the time bound keeps only those seen in its last seconds.
        pages = caches.of("deal-pages", 500, Region.PEOPLE, Region.DEALS, Region.PLAYBOOKS, Region.ONBOARDING, Region.KPIS);
    }

    /**
     * The page's bytes for the deal as {@code read} gives it now, rendered by {@code render} unless
     * this browser was last shown the same. The stamp is taken before the deal is read, so a page
     * made from data that a write replaced meanwhile is not kept.
     */
    byte[] of(Supplier<DealPage> read, Function<DealPage, byte[]> render) {
        long stamp = pages.stamp();
        DealPage page = read.get();
        Shown shown = new Shown(page, current.id(), current.role(), csrf.value(), routing.request().uri(),
                Clocks.serverToday(clock));
        byte[] bytes = pages.cached(shown);
        if (bytes == null) {
            bytes = render.apply(page);
            pages.put(shown, stamp, bytes);
        }
        return bytes;
    }
}

package dev.goose.pipeline.deal;

import com.github.benmanes.caffeine.cache.Cache;

import dev.goose.cache.Caches;
import dev.goose.pipeline.deal.DealViews.DealGuides;
import dev.goose.web.CsrfToken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The guides part of a deal page (scripts and exit checklists, most of the page), rendered once for
 * everything it shows: a rep who reloads a deal during a call gets only the frame around it rendered
 * again. Its forms carry the browser's anti-forgery token, so that token is part of what it shows.
 */
@ApplicationScoped
class GuideFragments {

    private record Shown(DealGuides page, String csrf) {
    }

    @Inject
    CsrfToken csrf;

    @Inject
    Caches caches;

    private Cache<Shown, String> rendered;

    @PostConstruct
    void init() {
        rendered = caches.kept("deal-guide-fragments", 1_000);
    }

    String html(DealGuides page) {
        Shown shown = new Shown(page, csrf.value());
        return rendered.get(shown, key -> DealPages.Templates.guides(key.page()).render());
    }
}

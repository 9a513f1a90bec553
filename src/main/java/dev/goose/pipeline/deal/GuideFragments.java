package dev.goose.pipeline.deal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.goose.pipeline.deal.DealViews.DealGuides;
import dev.goose.web.CsrfToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The guides part of a deal page (scripts and exit checklists, most of the page), rendered once for
 * everything it shows: a rep who reloads a deal during a call gets only the frame around it rendered
 * again. Its forms carry the browser's anti-forgery token, so that token is part of what it shows.
 */
@ApplicationScoped
class GuideFragments {

    private static final int MAX_ENTRIES = 1_000;

    private record Shown(DealGuides page, String csrf) {
    }

    private final Map<Shown, String> rendered = new ConcurrentHashMap<>();

    @Inject
    CsrfToken csrf;

    String html(DealGuides page) {
        Shown shown = new Shown(page, csrf.value());
        String html = rendered.get(shown);
        if (html == null) {
            html = DealPages.Templates.guides(page).render();
            if (rendered.size() >= MAX_ENTRIES) {
                rendered.clear(); // rare, and cheaper to refill than to track what is least used
            }
            rendered.put(shown, html);
        }
        return html;
    }
}

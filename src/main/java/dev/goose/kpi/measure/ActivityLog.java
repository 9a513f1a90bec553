package dev.goose.kpi.measure;

import java.util.List;

import dev.goose.cache.Caches;
import dev.goose.cache.FromMemory;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.kpi.KpiDefinition;
import dev.goose.web.Html;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "+1" buttons' part of pages other features own, for their templates as
 * {@code inject:activityLog}: the KPIs logged with one click, and the confirmation to show after a
 * click that reloaded the page ({@code ?logged=} or {@code ?undone=} an entry's id).
 */
@Named("activityLog")
@ApplicationScoped
public class ActivityLog {

    static final String LOGGED = "logged";
    static final String UNDONE = "undone";

    @Inject
    Caches caches;

    @Inject
    CurrentVertxRequest request;

    @Inject
    MeasurementService measurements;

    private ReadCache<Boolean, List<LoggableKpi>> oneClick;

    private ReadCache<Boolean, String> buttons;

    @PostConstruct
    void init() {
        oneClick = caches.of("one-click-kpis", 1, Region.KPIS);
        buttons = caches.of("one-click-kpi-buttons", 1, Region.KPIS);
    }

    /**
     * The active KPIs a rep logs one at a time, in dashboard order. Read through the cache: the deal
     * page is served from memory while nothing changed.
     */
    public List<LoggableKpi> getKpis() {
        return oneClick.get(Boolean.TRUE, () -> QuarkusTransaction.joiningExisting().call(() -> KpiDefinition.activeInOrder()
                .stream().filter(KpiDefinition::oneClick).map(LoggableKpi::of).toList()));
    }

    /**
     * The "+1" block for a template: for the deal (empty for none), coming back to the path given,
     * swapped in place by htmx unless {@code reload}; with the confirmation and error given, if any.
     * Arguments are objects because templates pass what they have, null included.
     */
    public String card(Object deal, Object back, Object reload, Object csrf, Object shown, Object error) {
        return new LogCard(deal == null ? "" : String.valueOf(deal), back == null ? "/" : String.valueOf(back),
                Boolean.TRUE.equals(reload), csrf == null ? "" : String.valueOf(csrf),
                shown instanceof LogConfirmation confirmation ? confirmation : null, error == null ? null : String.valueOf(error),
                buttons()).html();
    }

    /** The deal page's card, or nothing when no KPI is logged with one click: one expression for that page. */
    public String dealCard(Object deal, Object csrf) {
        if (getKpis().isEmpty()) {
            return "";
        }
        return "<section class=\"card\" id=\"log-activity-card\"><h2>Log activity</h2>"
                + card(deal, getHere(), false, csrf, getConfirmation(), null) + "</section>";
    }

    private String buttons() {
        return buttons.get(Boolean.TRUE, () -> {
            StringBuilder html = new StringBuilder();
            for (LoggableKpi kpi : getKpis()) {
                String key = Html.escape(kpi.key());
                html.append("<button type=\"submit\" name=\"kpi\" value=\"").append(key).append("\" class=\"secondary small\" id=\"log-")
                        .append(key).append("\">+1 ").append(Html.escape(kpi.label())).append("</button>");
            }
            return html.toString();
        });
    }

    /** The path of the page being shown, for the buttons to come back to after a click without JavaScript. */
    public String getHere() {
        var routing = request.getCurrent();
        return BackPath.safe(routing == null ? null : routing.request().path());
    }

    /** What the page's address says was just logged or undone by the viewer; null when nothing was. */
    public LogConfirmation getConfirmation() {
        var routing = request.getCurrent();
        String id = routing == null ? null : routing.request().getParam(LOGGED);
        if (id == null && routing != null) {
            id = routing.request().getParam(UNDONE);
        }
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        FromMemory.leavingMemory();
        Long entry = Long.valueOf(id);
        return measurements.confirmation(entry).orElse(null);
    }
}

package dev.goose.kpi.measure;

import java.util.List;

import dev.goose.cache.Caches;
import dev.goose.cache.FromMemory;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.kpi.KpiDefinition;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "+1" buttons' part of pages other features own, for their templates as
 * {@code inject:activityLog}: the KPIs logged with one click, and the confirmation to show after a
 * click that reloaded the page ({@code ?logged=} or {@code ?undone=} an entry's id). The card
 * itself is the tag {@code logActivity}.
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

    @PostConstruct
    void init() {
        oneClick = caches.of("one-click-kpis", 1, Region.KPIS);
    }

    /**
     * The active KPIs a rep logs one at a time, in dashboard order. Read through the cache: the deal
     * page is served from memory while nothing changed.
     */
    public List<LoggableKpi> getKpis() {
        return oneClick.get(Boolean.TRUE, () -> QuarkusTransaction.joiningExisting().call(() -> KpiDefinition.activeInOrder()
                .stream().filter(KpiDefinition::oneClick).map(LoggableKpi::of).toList()));
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

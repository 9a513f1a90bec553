package dev.goose.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * No content sniffing on any answer, the static files and webjars included: Vert.x serves those
 * without passing through {@link SecurityHeaders}, and a browser that sniffed an uploaded-looking
 * file as script or HTML would run it.
 */
@ApplicationScoped
class NoSniff {

    static final String HEADER = "X-Content-Type-Options";

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(context -> {
            context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, "nosniff"));
            context.next();
        });
    }
}

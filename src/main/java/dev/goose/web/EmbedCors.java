package dev.goose.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Cross-origin access for the embed API only, so that a sidebar card served from the CRM's own
 * domain can call /embed/v1 with a personal token: configured origins only, GET only, the
 * Authorization and Content-Type headers, and never cookies (no Allow-Credentials). Quarkus's own
 * {@code quarkus.http.cors} would open every path, the JSON API and the pages too, so it stays off.
 */
@ApplicationScoped
class EmbedCors {

    private static final Logger LOG = Logger.getLogger(EmbedCors.class);
    static final String PATH = "/embed/v1/";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    /** How long a browser may keep a preflight's answer: short, so a removed origin is soon refused. */
    static final String MAX_AGE = "600";

    private final Set<String> origins;

    @Inject
    public EmbedCors(EmbedConfig config) {
        this.origins = origins(config.allowedOrigins().orElse(List.of()));
    }

    /**
     * Runs before authentication (as Quarkus's CORS filter would), because a browser's preflight
     * carries no token and must be answered here, not refused as anonymous.
     */
    void register(@Observes Filters filters) {
        filters.register(this::handle, SecurityHandlerPriorities.CORS);
    }

    void handle(RoutingContext context) {
        if (!context.normalizedPath().startsWith(PATH)) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String origin = request.getHeader("Origin");
        // The answer depends on the Origin, so no cache may hand one origin's answer to another.
        response.headers().add("Vary", "Origin");
        if (request.method() == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null) {
            boolean allowed = allows(origin) && "GET".equals(request.getHeader("Access-Control-Request-Method"));
            if (allowed) {
                response.putHeader("Access-Control-Allow-Origin", origin)
                        .putHeader("Access-Control-Allow-Methods", "GET")
                        .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                        .putHeader("Access-Control-Max-Age", MAX_AGE);
            }
            // A refused preflight gets no CORS headers, so the browser does not send the request.
            response.setStatusCode(allowed ? 204 : 403).end();
            return;
        }
        if (allows(origin)) {
            response.putHeader("Access-Control-Allow-Origin", origin);
        }
        context.next();
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(normal(origin));
    }

    /** Origins as browsers send them: lower case, no trailing slash. "*" and "null" are never honoured. */
    static Set<String> origins(List<String> configured) {
        Set<String> origins = configured.stream().map(EmbedCors::normal).filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        for (String refused : List.of("*", "null")) {
            if (origins.contains(refused)) {
                LOG.warnf("goose.embed.allowed-origins: '%s' is ignored; list each origin, such as https://app.hubspot.com", refused);
            }
        }
        return origins.stream().filter(o -> !o.equals("*") && !o.equals("null")).collect(Collectors.toUnmodifiableSet());
    }

    private static String normal(String origin) {
        return origin.strip().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
    }
}

package dev.goose.web;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Wrong API credentials fail before any endpoint runs, so the error mapper never sees them; this
 * answers them with the same problem+json 401 as missing credentials, instead of an empty body, and
 * credentials refused unchecked while their address must wait with a 429.
 */
@ApplicationScoped
class ApiAuthenticationFailures {

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean keycloak;

    void register(@Observes Router router) {
        router.route("/api/*").failureHandler(this::answer);
        router.route("/embed/*").failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || DatabaseFailures.isUnreachable(context.failure())
                || context.response().ended()) {
            context.next();
            return;
        }
        String path = context.request().path();
        Duration wait = TooManySignIns.retryAfter((AuthenticationFailedException) context.failure());
        if (wait != null) {
            tooMany(context, path, context.failure().getMessage(), wait);
            return;
        }
        context.response().putHeader("WWW-Authenticate", ErrorMapper.challenge(path, keycloak));
        Problem.of(401, "Unauthorized", ErrorMapper.UNAUTHORIZED_DETAIL, path, java.util.List.of()).end(context.response());
    }

    /** Waiting is the answer, not other credentials: 429 says so, and Retry-After says how long. */
    private void tooMany(RoutingContext context, String path, String message, Duration wait) {
        context.response().putHeader("Retry-After", Long.toString(wait.toSeconds()));
        Problem.of(429, "Too Many Requests", message, path, java.util.List.of()).end(context.response());
    }
}

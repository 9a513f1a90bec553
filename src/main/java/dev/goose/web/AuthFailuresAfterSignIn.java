package dev.goose.web;

import java.util.function.BiConsumer;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Once a request is authenticated, an authentication failure met later (a role check in a
 * resource) fails the request, so that {@link ErrorMapper} answers it as problem+json.
 *
 * <p>Quarkus REST installs the same handler in a filter of its own, but with metrics on it first
 * computes the request's path template by building a matcher over every resource class, on every
 * request: 12% of the CPU of the stage-guide API in {@code bench/deals.sh}. Installing the handler
 * here, just before that filter, makes it skip both; the template is still set for the metrics by
 * the REST handler chain and, when authentication fails before it, by Quarkus's failure handler.
 */
@ApplicationScoped
class AuthFailuresAfterSignIn {

    /** Where the authentication filter leaves the failure handler (QuarkusHttpUser.AUTH_FAILURE_HANDLER). */
    static final String KEY = "io.quarkus.vertx.http.auth-failure-handler";

    /** The order of Quarkus REST's own filter (priority 199, right after authentication at 200). */
    static final int ORDER = -199;

    void register(@Observes Router router) {
        // Routes of one order run in the order they were added: this one is added before the filters.
        router.route().order(ORDER).handler(AuthFailuresAfterSignIn::install);
    }

    static void install(RoutingContext context) {
        if (context.get(KEY) instanceof DefaultAuthFailureHandler) {
            context.put(KEY, FAIL_THE_REQUEST);
        }
        context.next();
    }

    /** What Quarkus REST's own handler does: mark other failures, then fail with the root cause. */
    static final BiConsumer<RoutingContext, Throwable> FAIL_THE_REQUEST = (context, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) {
            context.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };
}

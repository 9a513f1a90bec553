package dev.goose.web;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A database out of reach while signing someone in fails before any endpoint runs, so the error
 * mapper never sees it: this answers it, as the mapper does, with a 503 and a Retry-After instead
 * of a 500. The page stands alone, because the layout itself reads who is signed in.
 */
@ApplicationScoped
class DatabaseDown {

    private static final Logger LOG = Logger.getLogger(DatabaseDown.class);

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance unavailable(String detail);
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (!DatabaseFailures.isUnreachable(context.failure()) || context.response().ended()) {
            context.next();
            return;
        }
        String path = context.request().path();
        LOG.errorf(context.failure(), "503 on %s", path);
        context.response().setStatusCode(503)
                .putHeader("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
        if (CsrfFilter.isApi(path)) {
            Problem.of(503, "Service Unavailable", ErrorMapper.DATABASE_DOWN, path, List.of()).end(context.response());
        } else {
            context.response().putHeader("Content-Type", "text/html; charset=utf-8")
                    .end(Templates.unavailable(ErrorMapper.DATABASE_DOWN).render());
        }
    }
}

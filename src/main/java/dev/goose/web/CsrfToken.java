package dev.goose.web;

import java.security.SecureRandom;
import java.util.Base64;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The anti-forgery token of the current browser: a random value kept in a cookie that scripts on
 * other sites can neither read nor set, and repeated in every form Goose renders. A forged request
 * from another site cannot know it.
 */
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "goose_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String value;
    private boolean fresh;

    /** The token sent with the request, or null. */
    public String sent() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    /** The token for forms in this response, creating one for a browser that has none yet. */
    public String value() {
        if (value == null) {
            value = sent();
            if (value == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                fresh = true;
            }
        }
        return value;
    }

    /** Whether this response must set the cookie because the token was made during this request. */
    public boolean isFresh() {
        return fresh;
    }
}

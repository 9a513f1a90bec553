package dev.goose.web;

import java.time.Duration;
import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Credentials refused unchecked because their address failed too often: an authentication failure
 * (Quarkus's own, which is final) that carries the wait, so that it is answered 429 with Retry-After.
 */
public final class TooManySignIns {

    private static final String RETRY_AFTER = "goose.retry-after";

    private TooManySignIns() {
    }

    public static AuthenticationFailedException of(String message, Duration retryAfter) {
        return new AuthenticationFailedException(message, Map.of(RETRY_AFTER, retryAfter));
    }

    /** The wait a failure carries, or null for wrong credentials. */
    static Duration retryAfter(AuthenticationFailedException failure) {
        Object wait = failure.getAttributes() == null ? null : failure.getAttributes().get(RETRY_AFTER);
        return wait instanceof Duration duration ? duration : null;
    }
}

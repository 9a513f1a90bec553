package dev.goose.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Suites that need a browser, PostgreSQL or Keycloak skip when it is missing on a developer's
 * machine, and fail instead in strict mode ({@code -Dgoose.test.strict=true}, set by CI), so that
 * a missing install step can never pass CI by skipping.
 */
public final class Requirements {

    private Requirements() {
    }

    public static boolean strict() {
        return Boolean.getBoolean("goose.test.strict") || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if (strict()) {
            Assertions.fail(what + " is required in strict mode (CI) but is not available");
        }
        Assumptions.abort(what + " is not available; skipping (strict mode would fail)");
    }
}

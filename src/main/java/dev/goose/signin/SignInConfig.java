package dev.goose.signin;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of built-in accounts. */
@ConfigMapping(prefix = "goose.sign-in")
public interface SignInConfig {

    /** Failed sign-ins in a row that lock an account. */
    @WithDefault("5")
    int maxFailures();

    /** How long a locked account stays locked. */
    @WithDefault("PT15M")
    Duration lockout();

    /** How long a browser session lasts without use. */
    @WithDefault("PT12H")
    Duration sessionTimeout();

    /** How long a browser session lasts at most, however busy it is. */
    @WithDefault("P7D")
    Duration sessionMaxAge();

    /** Send the session cookie only over HTTPS; turn on whenever Goose is served over HTTPS. */
    @WithDefault("false")
    boolean secureCookie();
}

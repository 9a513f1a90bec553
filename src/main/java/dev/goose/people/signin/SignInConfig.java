package dev.goose.people.signin;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of built-in accounts. */
@ConfigMapping(prefix = "goose.sign-in")
public interface SignInConfig {

    /**
     * Failed sign-ins to one account from one client address before each further attempt from there
     * must wait; also the wrong current passwords that lock changing one's password.
     */
    @WithDefault("5")
    int maxFailures();

    /** How long changing one's password stays locked after too many wrong current passwords. */
    @WithDefault("PT15M")
    Duration lockout();

    /** How fast sign-in attempts slow down after repeated failures. */
    Throttle throttle();

    interface Throttle {
        /** Failed sign-ins from one address to any accounts before every attempt from there waits. */
        @WithDefault("50")
        int maxFailuresPerAddress();

        /** The first wait; each further failure doubles it. */
        @WithDefault("PT1S")
        Duration firstDelay();

        /** The longest wait. */
        @WithDefault("PT15M")
        Duration longestDelay();

        /** Failures older than this no longer count. */
        @WithDefault("PT24H")
        Duration forgetAfter();
    }

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

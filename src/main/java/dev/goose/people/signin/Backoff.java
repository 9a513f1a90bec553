package dev.goose.people.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a guesser waits: the first {@code free} failures cost nothing (people mistype), then
 * each further attempt must wait {@code first}, twice that, four times that… up to {@code longest}.
 * Failures older than {@code forgetAfter} no longer count.
 */
record Backoff(int free, Duration first, Duration longest, Duration forgetAfter) {

    /** The wait still ahead after these failures, the last at that moment; zero when none. */
    Duration waitAfter(int failures, Instant lastFailure, Instant now) {
        if (failures < free || forgotten(lastFailure, now)) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        Duration delay = doublings >= 30 ? longest : first.multipliedBy(1L << doublings);
        if (delay.compareTo(longest) > 0) {
            delay = longest;
        }
        Duration left = Duration.between(now, lastFailure.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    boolean forgotten(Instant lastFailure, Instant now) {
        return lastFailure.plus(forgetAfter).isBefore(now);
    }
}

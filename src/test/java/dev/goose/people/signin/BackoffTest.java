package dev.goose.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24));
    private static final Instant LAST = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theFirstFailuresCostNothing() {
        assertThat(BACKOFF.waitAfter(4, LAST, LAST)).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheLongest() {
        assertThat(BACKOFF.waitAfter(5, LAST, LAST)).isEqualTo(Duration.ofSeconds(1));
        assertThat(BACKOFF.waitAfter(6, LAST, LAST)).isEqualTo(Duration.ofSeconds(2));
        assertThat(BACKOFF.waitAfter(8, LAST, LAST)).isEqualTo(Duration.ofSeconds(8));
        assertThat(BACKOFF.waitAfter(20, LAST, LAST)).isEqualTo(Duration.ofMinutes(15));
        assertThat(BACKOFF.waitAfter(Integer.MAX_VALUE, LAST, LAST)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitCountsFromTheLastFailure() {
        assertThat(BACKOFF.waitAfter(8, LAST, LAST.plusSeconds(3))).isEqualTo(Duration.ofSeconds(5));
        assertThat(BACKOFF.waitAfter(8, LAST, LAST.plusSeconds(9))).isZero();
    }

    @Test
    void oldFailuresAreForgotten() {
        assertThat(BACKOFF.waitAfter(30, LAST, LAST.plus(Duration.ofHours(25)))).isZero();
    }

    @Test
    void anIpv6AddressCountsByItsBlockAndNamesAreNotLookedUp() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::7"));
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
        assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("evil.example")).isEqualTo(ClientAddress.UNKNOWN);
    }
}

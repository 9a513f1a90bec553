package dev.goose.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The clock every {@code @QuarkusTest} runs on: the system clock until a test pins it. As an
 * alternative with a priority it replaces the application's clock without a test profile (which
 * would restart Quarkus). A test that pins it resets it after itself:
 *
 * <pre>
 * &#64;Inject TestClock clock;
 * &#64;AfterEach void realTime() { clock.reset(); }
 * </pre>
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private static final Clock SYSTEM = Clock.systemUTC();

    // Volatile: the test thread pins, request threads of the app under test read.
    private volatile Clock delegate = SYSTEM;

    /** Stops the clock at the instant. */
    public TestClock pin(Instant at) {
        delegate = Clock.fixed(at, ZoneOffset.UTC);
        return this;
    }

    /** Stops the clock at noon UTC of the day, so that the day is the same in every zone within ±11 hours. */
    public TestClock pin(LocalDate day) {
        return pin(day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
    }

    /** Back to the system clock. */
    public void reset() {
        delegate = SYSTEM;
    }

    /** The instant the application sees, for builders that stamp test data outside CDI. */
    public static Instant now() {
        return Arc.container().instance(Clock.class).get().instant();
    }

    @Override
    public Instant instant() {
        return delegate.instant();
    }

    @Override
    public long millis() {
        return delegate.millis();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    /** This clock seen from another zone, still following pins and resets. */
    private static final class Zoned extends Clock {
        private final TestClock source;
        private final ZoneId zone;

        Zoned(TestClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return source.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(source, other);
        }
    }
}

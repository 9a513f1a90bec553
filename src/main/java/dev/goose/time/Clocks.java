package dev.goose.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one clock Goose reads the time from. Services inject {@link Clock} instead of calling
 * {@code now()}, so that tests can set "today" (a test alternative replaces this bean) and rules
 * that take {@code today} or {@code now} as a parameter get it from one place.
 */
@Singleton
public class Clocks {

    /** The system clock in UTC: instants do not depend on a zone, and each reader of a date names its own. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Today in the server's default zone, the day {@code LocalDate.now()} gave: for the dates that
     * follow no team's or person's zone (hire dates, review dates, the daily digest).
     */
    public static LocalDate serverToday(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }
}

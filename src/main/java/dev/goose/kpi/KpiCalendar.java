package dev.goose.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import dev.goose.onboarding.Enrollments;
import dev.goose.people.People.Member;

/**
 * The dates a person's KPIs are read by: their team's time zone, and the day a ramp counts from.
 * Reads inside the caller's transaction.
 */
public final class KpiCalendar {

    private KpiCalendar() {
    }

    /** The zone of the person's team; UTC for someone on no team. */
    public static ZoneId zoneOf(Member person) {
        return person.zone();
    }

    /** The day it is at the instant where the person works. */
    public static LocalDate todayFor(Member person, Instant now) {
        return LocalDate.ofInstant(now, zoneOf(person));
    }

    /**
     * The day a ramp counts its months from: the start of the person's first onboarding for
     * {@link RampFrom#ONBOARDING}, falling back to the hire date for someone never enrolled; the hire
     * date for {@link RampFrom#HIRE}. Empty when neither is known, and the full target applies.
     */
    public static Optional<LocalDate> rampStart(Member person, RampFrom from) {
        Optional<LocalDate> onboarding = from != RampFrom.ONBOARDING ? Optional.empty()
                : Enrollments.firstStartOf(person.id());
        return rampStart(person, from, onboarding);
    }

    /** As {@link #rampStart(Member, RampFrom)}, with the person's first onboarding start already read. */
    public static Optional<LocalDate> rampStart(Member person, RampFrom from, Optional<LocalDate> onboardingStart) {
        if (from == RampFrom.ONBOARDING && onboardingStart.isPresent()) {
            return onboardingStart;
        }
        return Optional.ofNullable(person.hireDate());
    }
}

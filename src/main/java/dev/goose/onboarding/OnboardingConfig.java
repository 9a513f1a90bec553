package dev.goose.onboarding;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How onboarding counts days. */
@ConfigMapping(prefix = "goose.onboarding")
public interface OnboardingConfig {

    /** Whether an item's "day 5" means five calendar days or five working days from the start. */
    @WithDefault("calendar-days")
    WorkingWeek.Counting counting();

    /** The days nobody works: a due date counted onto one of them moves to the next working day. */
    @WithDefault("saturday,sunday")
    Set<DayOfWeek> nonWorkingDays();

    /**
     * The zone whose calendar says what "today" and a completion day are, like Europe/Berlin; the
     * server's when unset. Text rather than a ZoneId, which the configuration cannot leave unset.
     */
    Optional<String> timeZone();
}

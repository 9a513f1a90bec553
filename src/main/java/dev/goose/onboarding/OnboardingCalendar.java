package dev.goose.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Today and the working week as the configuration has them, read once. */
@ApplicationScoped
public class OnboardingCalendar {

    @Inject
    Clock clock;

    @Inject
    OnboardingConfig config;

    private WorkingWeek week;
    private ZoneId zone;

    @PostConstruct
    void init() {
        week = new WorkingWeek(config.counting(), config.nonWorkingDays());
        zone = config.timeZone().filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    public WorkingWeek week() {
        return week;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);

    }

    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }
}

package dev.goose.reminders;

import java.time.LocalDate;
import java.util.List;

/**
 * What a feature has to remind a person of. Every CDI bean implementing it is asked, by the daily
 * digest and by the banner, so a feature plugs in by being a bean: onboarding adds its due and
 * overdue items this way. Make it {@code @ApplicationScoped}; it is called in a transaction of its
 * own, once per person per digest, and for the banner at most once per person per cache lifetime.
 */
public interface ReminderSource {

    /**
     * The person's reminders as of the day; none for a person this feature has nothing for (or an
     * inactive one). A failure is logged and leaves only this source's reminders out.
     */
    List<Reminder> remindersFor(Long personId, LocalDate today);
}

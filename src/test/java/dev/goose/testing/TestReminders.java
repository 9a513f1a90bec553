package dev.goose.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.goose.people.Person;
import dev.goose.reminders.Reminder;
import dev.goose.reminders.ReminderSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A feature's reminders as a test sets them, plugged in as every feature plugs in: by being a
 * {@link ReminderSource} bean. Only people a test names get anything, so other tests see nothing.
 */
@ApplicationScoped
public class TestReminders implements ReminderSource {

    private static final Map<Long, List<Reminder>> GIVEN = new ConcurrentHashMap<>();
    private static final Map<Long, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final Set<Long> BROKEN = ConcurrentHashMap.newKeySet();

    public static void give(Person person, Reminder... reminders) {
        GIVEN.put(person.id, List.of(reminders));
    }

    /** This source fails for the person, as a broken feature would. */
    public static void breakFor(Person person) {
        BROKEN.add(person.id);
    }

    /** How often the person's reminders were asked for. */
    public static int calls(Person person) {
        return CALLS.getOrDefault(person.id, new AtomicInteger()).get();
    }

    public static Reminder overdue(String text, LocalDate due) {
        return new Reminder(Reminder.OVERDUE, text, "/onboarding/overdue", due);
    }

    public static Reminder dueSoon(String text, LocalDate due) {
        return new Reminder(Reminder.DUE_SOON, text, "/onboarding/soon", due);
    }

    @Override
    public List<Reminder> remindersFor(Long personId, LocalDate today) {
        CALLS.computeIfAbsent(personId, id -> new AtomicInteger()).incrementAndGet();
        if (BROKEN.contains(personId)) {
            throw new IllegalStateException("a broken reminder source");
        }
        return GIVEN.getOrDefault(personId, List.of());
    }
}

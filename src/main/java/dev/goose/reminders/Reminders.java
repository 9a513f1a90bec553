package dev.goose.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Asks every {@link ReminderSource} for a person's reminders and puts them in the order people read them. */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    static final Comparator<Reminder> ORDER = Comparator.<Reminder>comparingInt(r -> Reminder.KINDS.indexOf(r.kind()))
            .thenComparing(Reminder::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Reminder::text);

    @Inject
    @Any
    Instance<ReminderSource> sources;

    /** Overdue first, then due soon, then what is waiting to be read; by due date within each. */
    public List<Reminder> of(Long personId, LocalDate today) {
        List<Reminder> all = new ArrayList<>();
        for (ReminderSource source : sources) {
            try {
                // A transaction each: one feature's failure must neither roll back nor silence the others.
                all.addAll(QuarkusTransaction.requiringNew().call(() -> source.remindersFor(personId, today)));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reminders of %s for person %d could not be read; they are left out", source.getClass().getName(),
                        personId);
            }
        }
        all.sort(ORDER);
        return List.copyOf(all);
    }
}

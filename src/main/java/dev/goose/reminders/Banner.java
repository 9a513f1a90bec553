package dev.goose.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jboss.logging.Logger;

import dev.goose.cache.Caches;
import dev.goose.cache.FromMemory;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.people.CurrentPerson;
import dev.goose.time.Clocks;
import io.vertx.core.Context;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The discreet line on every page when the signed-in person has playbooks to read or overdue work.
 * Every page shows it, so it comes from memory: read once per person and kept until a playbook, an
 * acknowledgement, an onboarding item or a person changes (a role changes what one must read), or
 * the day turns.
 */
@Named("banner")
@ApplicationScoped
public class Banner {

    private static final Logger LOG = Logger.getLogger(Banner.class);

    /** What the banner says for one person on one day. */
    public record State(LocalDate day, int toRead, int overdue) {

        public boolean shown() {
            return toRead > 0 || overdue > 0;
        }

        public String text() {
            String reading = toRead == 0 ? "" : toRead + (toRead == 1 ? " playbook" : " playbooks") + " to read";
            String late = overdue == 0 ? "" : overdue + (overdue == 1 ? " item" : " items") + " overdue";
            return "You have " + reading + (reading.isEmpty() || late.isEmpty() ? "" : " and ") + late + ".";
        }
    }

    @Inject
    Clock clock;

    @Inject
    Caches caches;

    @Inject
    CurrentPerson current;

    @Inject
    Reminders reminders;

    private ReadCache<Long, State> states;

    @PostConstruct
    void init() {
        states = caches.of("reminder-banners", 20_000, Region.PLAYBOOKS, Region.ONBOARDING, Region.PEOPLE);
    }

    /** The signed-in person's banner, or null when there is nothing to show. */
    public State getNow() {
        if (!current.isSignedIn()) {
            return null;
        }
        Long personId = current.id();
        LocalDate today = Clocks.serverToday(clock);

        State state = states.cached(personId);
        if (state == null || !state.day().equals(today)) {
            FromMemory.leavingMemory();
            if (Context.isOnEventLoopThread()) {
                return null; // some error pages render on the event loop, which must never wait for the database
            }
            long stamp = states.stamp();
            state = load(personId, today);
            if (state == null) {
                return null;
            }
            states.put(personId, stamp, state);
        }
        return state.shown() ? state : null;
    }

    /** A page still renders without its banner when the reminders cannot be read. */
    private State load(Long personId, LocalDate today) {
        try {
            List<Reminder> all = reminders.of(personId, today);
            return new State(today, (int) all.stream().filter(Reminder::isUnacknowledged).count(),
                    (int) all.stream().filter(Reminder::isOverdue).count());
        } catch (RuntimeException e) {
            LOG.warnf("The reminder banner for person %d could not be read: %s", personId, e.getMessage());
            return null;
        }
    }
}

package dev.goose.onboarding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The door of onboarding for other features: what they may ask about enrollments, answered with
 * plain values. Reads inside the caller's transaction.
 */
public final class Enrollments {

    private Enrollments() {
    }

    /** The day the person's first onboarding started; empty for someone never enrolled. */
    public static Optional<LocalDate> firstStartOf(Long personId) {
        return Enrollment.<Enrollment>find("personId = ?1 order by startDate", personId).firstResultOptional()
                .map(e -> e.startDate);
    }

    /** As {@link #firstStartOf(Long)} for many people at once, by person id; the never enrolled are absent. */
    public static Map<Long, LocalDate> firstStartsOf(Collection<Long> personIds) {
        Map<Long, LocalDate> starts = new HashMap<>();
        if (personIds.isEmpty()) {
            return starts;
        }
        Enrollment.getEntityManager().createQuery("""
                select e.personId, min(e.startDate) from Enrollment e where e.personId in :people group by e.personId""", Object[].class)
                .setParameter("people", personIds)
                .getResultStream()
                .forEach(r -> starts.put((Long) r[0], (LocalDate) r[1]));
        return starts;
    }
}

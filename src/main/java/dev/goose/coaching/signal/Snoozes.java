package dev.goose.coaching.signal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which signals a manager still sees: a snoozed signal stays hidden while its numbers are the ones it
 * was snoozed with, and comes back as soon as they change (a deal one more day stalled, one more demo
 * short). The rest are shown most urgent first, grouped by person.
 */
public final class Snoozes {

    private Snoozes() {
    }

    /** A manager's snooze of one signal, with the numbers it had then and the reason given. */
    public record Snooze(String signalId, String numbers, String reason) {
    }

    /** The signals not snoozed as they stand, most urgent first (then by their words, for a stable page). */
    public static List<Signal> shown(Collection<Signal> signals, Collection<Snooze> snoozes) {
        List<Signal> shown = new ArrayList<>();
        for (Signal s : signals) {
            boolean hidden = snoozes.stream().anyMatch(z -> z.signalId().equals(s.id()) && z.numbers().equals(s.numbers()));
            if (!hidden) {
                shown.add(s);
            }
        }
        shown.sort(Comparator.comparingInt(Signal::urgency).reversed().thenComparing(Signal::words));
        return shown;
    }

    /** The signals by person, the person with the most urgent signal first, each person's most urgent first. */
    public static Map<Long, List<Signal>> byPerson(Collection<Signal> signals, Collection<Snooze> snoozes) {
        Map<Long, List<Signal>> grouped = new LinkedHashMap<>();
        shown(signals, snoozes).forEach(s -> grouped.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s));
        return grouped;
    }
}

package dev.goose.coaching.signal;

import java.util.Objects;

/**
 * One thing about one person that a manager should look at.
 *
 * @param kind     which rule raised it
 * @param personId whom it is about
 * @param key      what it is about, stable while the thing lasts ("deal:42", "kpi:demos"), so that a
 *                 snooze can name it
 * @param urgency  0 to 100, the most urgent first on the coaching page
 * @param words    what is wrong, with its numbers, as the page says it
 * @param numbers  the numbers the words are made of, as one string: when they change, a snoozed
 *                 signal comes back
 * @param evidence a link to what shows it (the deal, the KPI page), or null
 * @param help     a link to the playbook section that helps, or null when none is linked
 */
public record Signal(Kind kind, Long personId, String key, int urgency, String words, String numbers, String evidence, String help) {

    public enum Kind {
        BEHIND_PACE, STALLED_DEAL, MOVED_WITH_OPEN_ITEMS, CONVERSION_GAP, ONBOARDING_OVERDUE, MAJOR_VERSION_UNREAD,
        NO_ONE_ON_ONE, ACTION_ITEMS_OVERDUE
    }

    public Signal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(numbers, "numbers");
        urgency = Math.max(0, Math.min(100, urgency));
    }

    /** What a snooze names: the rule, the person and the thing. */
    public String id() {
        return kind + "/" + personId + "/" + key;
    }
}

package dev.goose.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.goose.onboarding.ItemEvent.Kind;
import dev.goose.onboarding.ItemRules.Action;
import dev.goose.playbook.markdown.ChecklistItem;

/**
 * One person's progress on one checklist item, by the item's stable id: its state, the evidence
 * of the current tick, a skip's reason, whether a manager signed it off, when it was finished,
 * a manager's due date for this person, and the whole history. Immutable: each action returns
 * the next progress, or throws the refusal from {@link ItemRules} or of an input, nothing changed.
 *
 * @param finishedAt when the item became done (for an item that needs sign-off, when it was
 *                   signed off) or skipped; {@code null} while it is not finished
 * @param dueOverride the date a manager set for this person, winning over the item's rule
 */
record ItemProgress(String itemId, ItemState state, Evidence evidence, String skipReason, boolean signedOff,
        Instant finishedAt, LocalDate dueOverride, List<ItemEvent> history) {

    static final int MAX_TEXT = 2000;

    public ItemProgress {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(state, "state");
        if (state.isFinished() != (finishedAt != null)) {
            throw new IllegalArgumentException("An item has a finish time exactly when it is done or skipped: "
                    + itemId + " is " + state + " with " + finishedAt);
        }
        evidence = evidence == null ? Evidence.NONE : evidence;
        history = List.copyOf(history);
    }

    /** An item nobody has touched yet. */
    static ItemProgress open(String itemId) {
        return new ItemProgress(itemId, ItemState.OPEN, Evidence.NONE, null, false, null, null, List.of());
    }

    /**
     * Ticks the item, with optional evidence. An item that needs sign-off then waits for it, unless
     * a manager ticks it: their tick is the sign-off.
     */
    ItemProgress complete(ChecklistItem item, Actor actor, Evidence evidence, Instant at) {
        check(Action.COMPLETE, actor, item);
        Evidence shown = evidence == null ? Evidence.NONE : evidence;
        shown.problem().ifPresent(refusal -> {
            throw refusal.toException();
        });
        boolean signs = item.signOff() && actor.isManager();
        ItemState next = item.signOff() && !signs ? ItemState.AWAITING_SIGN_OFF : ItemState.DONE;
        List<ItemEvent> events = append(new ItemEvent(Kind.DONE, actor, at, shown.note(), shown.link()));
        if (signs) {
            events.add(new ItemEvent(Kind.SIGNED_OFF, actor, at, null, null));
        }
        return new ItemProgress(itemId, next, shown, null, signs, next == ItemState.DONE ? at : null, dueOverride, events);
    }

    /** A manager accepts a ticked item that needs sign-off, with an optional comment. */
    ItemProgress signOff(ChecklistItem item, Actor actor, String comment, Instant at) {
        check(Action.SIGN_OFF, actor, item);
        String text = optional("comment", comment);
        return new ItemProgress(itemId, ItemState.DONE, evidence, null, true, at, dueOverride,
                append(new ItemEvent(Kind.SIGNED_OFF, actor, at, text, null)));
    }

    /** A manager returns a ticked item to open, saying why; the earlier evidence stays in the history. */
    ItemProgress sendBack(ChecklistItem item, Actor actor, String comment, Instant at) {
        check(Action.SEND_BACK, actor, item);
        String text = required("comment", comment, "Say what is missing, so that they know what to do.");
        return reopened(new ItemEvent(Kind.SENT_BACK, actor, at, text, null));
    }

    /** A manager excuses the person from an item, giving the reason. */
    ItemProgress skip(ChecklistItem item, Actor actor, String reason, Instant at) {
        check(Action.SKIP, actor, item);
        String text = required("reason", reason, "Give a reason for skipping this item.");
        return new ItemProgress(itemId, ItemState.SKIPPED, Evidence.NONE, text, false, at, dueOverride,
                append(new ItemEvent(Kind.SKIPPED, actor, at, text, null)));
    }

    /** Undoes a tick, a skip or a sign-off, within what {@link ItemRules} allows the actor. */
    ItemProgress reopen(ChecklistItem item, Actor actor, Instant at) {
        check(Action.REOPEN, actor, item);
        return reopened(new ItemEvent(Kind.REOPENED, actor, at, null, null));
    }

    /** A manager sets this person's due date for the item; {@code null} returns it to the item's rule. */
    ItemProgress moveDue(ChecklistItem item, Actor actor, LocalDate date) {
        check(Action.MOVE_DUE_DATE, actor, item);
        return new ItemProgress(itemId, state, evidence, skipReason, signedOff, finishedAt, date, history);
    }

    /** The manager's comment while the item is open because they sent it back. */
    Optional<String> sentBackComment() {
        if (state != ItemState.OPEN || history.isEmpty()) {
            return Optional.empty();
        }
        ItemEvent last = history.get(history.size() - 1);
        return last.kind() == Kind.SENT_BACK ? Optional.of(last.text()) : Optional.empty();
    }

    /** When the item was last ticked, if ever. */
    Optional<Instant> tickedAt() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).kind() == Kind.DONE) {
                return Optional.of(history.get(i).at());
            }
        }
        return Optional.empty();
    }

    /** The same progress in another state, history and due date kept: for an upgrade's adjustments. */
    ItemProgress withState(ItemState next, boolean signed, Instant finished) {
        return new ItemProgress(itemId, next, evidence, skipReason, signed, finished, dueOverride, history);
    }

    private ItemProgress reopened(ItemEvent event) {
        return new ItemProgress(itemId, ItemState.OPEN, Evidence.NONE, null, false, null, dueOverride, append(event));
    }

    private void check(Action action, Actor actor, ChecklistItem item) {
        ItemRules.refusal(action, actor, item, this).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }

    private List<ItemEvent> append(ItemEvent event) {
        List<ItemEvent> events = new ArrayList<>(history);
        events.add(event);
        return events;
    }

    private static String optional(String field, String text) {
        String stripped = Evidence.blankToNull(text);
        if (stripped != null && stripped.length() > MAX_TEXT) {
            throw Refusal.invalid(field, "The " + field + " may be at most " + MAX_TEXT + " characters long.").toException();
        }
        return stripped;
    }

    private static String required(String field, String text, String whenMissing) {
        String stripped = optional(field, text);
        if (stripped == null) {
            throw Refusal.invalid(field, whenMissing).toException();
        }
        return stripped;
    }
}

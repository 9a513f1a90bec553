package dev.goose.onboarding;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import dev.goose.playbook.markdown.ChecklistItem;

/**
 * Who may do what to a checklist item, and in which state. One pure function, asked before every
 * change and by pages that show only the actions that would work. Who someone is comes first, so
 * that a rep who tries to sign off hears that only a manager can, whatever the item's state.
 */
public final class ItemRules {

    public enum Action { COMPLETE, SIGN_OFF, SEND_BACK, SKIP, REOPEN, MOVE_DUE_DATE }

    private ItemRules() {
    }

    /** Why the actor may not take this action on the item as it stands, or empty if they may. */
    public static Optional<Refusal> refusal(Action action, Actor actor, ChecklistItem item, ItemProgress progress) {
        if (!item.id().equals(progress.itemId())) {
            throw new IllegalArgumentException("Progress of " + progress.itemId() + " checked against item " + item.id());
        }
        return Optional.ofNullable(switch (action) {
            case COMPLETE -> complete(progress);
            case SIGN_OFF -> signOff(actor, item, progress);
            case SEND_BACK -> sendBack(actor, progress);
            case SKIP -> skip(actor, progress);
            case REOPEN -> reopen(actor, progress);
            case MOVE_DUE_DATE -> actor.isManager() ? null : Refusal.notAllowed("Only a manager can move a due date.");
        });
    }

    /** The actions the actor may take on the item now. */
    public static Set<Action> allowed(Actor actor, ChecklistItem item, ItemProgress progress) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (refusal(action, actor, item, progress).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private static Refusal complete(ItemProgress progress) {
        return switch (progress.state()) {
            case OPEN -> null;
            case AWAITING_SIGN_OFF -> Refusal.conflict("This item is already ticked and waits for a manager's sign-off.");
            case DONE -> Refusal.conflict("This item is already done.");
            case SKIPPED -> Refusal.conflict("This item was skipped; a manager can reopen it.");
        };
    }

    private static Refusal signOff(Actor actor, ChecklistItem item, ItemProgress progress) {
        if (!actor.isManager()) {
            return Refusal.notAllowed("Only a manager can sign off an item.");
        }
        return switch (progress.state()) {
            case AWAITING_SIGN_OFF -> null;
            case OPEN -> Refusal.conflict(item.signOff() ? "This item is not ticked yet; it can be signed off once it is."
                    : "This item does not need a sign-off.");
            case DONE -> Refusal.conflict(progress.signedOff() ? "This item is already signed off."
                    : "This item is already done and does not wait for a sign-off.");
            case SKIPPED -> Refusal.conflict("This item was skipped; there is nothing to sign off.");
        };
    }

    private static Refusal sendBack(Actor actor, ItemProgress progress) {
        if (!actor.isManager()) {
            return Refusal.notAllowed("Only a manager can send an item back.");
        }
        return switch (progress.state()) {
            case AWAITING_SIGN_OFF, DONE -> null;
            case OPEN -> Refusal.conflict("This item is open already.");
            case SKIPPED -> Refusal.conflict("This item was skipped; reopen it instead.");
        };
    }

    private static Refusal skip(Actor actor, ItemProgress progress) {
        if (!actor.isManager()) {
            return Refusal.notAllowed("Only a manager can skip an item.");
        }
        return switch (progress.state()) {
            case OPEN, AWAITING_SIGN_OFF -> null;
            case DONE -> Refusal.conflict("This item is done; reopen it first to skip it.");
            case SKIPPED -> Refusal.conflict("This item is already skipped.");
        };
    }

    private static Refusal reopen(Actor actor, ItemProgress progress) {
        if (progress.state() == ItemState.OPEN) {
            return Refusal.conflict("This item is open already.");
        }
        if (actor.isManager()) {
            return null;
        }
        // A rep may take back their own tick, but not a manager's decision: a skip or a sign-off.
        if (progress.state() == ItemState.SKIPPED) {
            return Refusal.notAllowed("A manager skipped this item; only a manager can reopen it.");
        }
        if (progress.signedOff()) {
            return Refusal.notAllowed("A manager signed off this item; only a manager can reopen it.");
        }
        return null;
    }
}

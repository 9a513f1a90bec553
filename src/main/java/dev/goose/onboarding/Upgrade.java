package dev.goose.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.goose.playbook.markdown.ChecklistItem;

/**
 * A person's checklist moved to a newer version of its playbook. Progress follows the item id:
 * every completion, skip, sign-off, evidence and history of an item the newer version still holds
 * is kept, even if its text changed. New items are added with due dates counted from the original
 * start, so one added long ago may be overdue at once. A changed due rule gives the new date unless
 * a manager set one for this person. Progress on removed items is listed for the person and kept
 * in the checklist, uncounted, so an item that comes back in a later version brings it back.
 *
 * @param checklist   the newer version's items with the person's progress
 * @param added       items the pinned version did not hold
 * @param reworded    items whose text changed
 * @param rescheduled items whose due date for this person changed
 * @param removed     items the newer version no longer holds, with the person's progress on them
 */
public record Upgrade(Checklist checklist, List<ChecklistItem> added, List<Reworded> reworded,
        List<Rescheduled> rescheduled, List<RemovedItem> removed) {

    public record Reworded(String itemId, String before, String after) {
    }

    /** A due date that moved for this person; either side is {@code null} when there was or is none. */
    public record Rescheduled(String itemId, LocalDate before, LocalDate after) {
    }

    public record RemovedItem(ChecklistItem item, ItemProgress progress) {
    }

    public Upgrade {
        added = List.copyOf(added);
        reworded = List.copyOf(reworded);
        rescheduled = List.copyOf(rescheduled);
        removed = List.copyOf(removed);
    }

    /** Moves {@code current} to the {@code newer} version's items, due dates counted from the enrollment's start. */
    public static Upgrade of(Checklist current, List<ChecklistItem> newer, LocalDate start, WorkingWeek week) {
        Map<String, ChecklistItem> pinned = new HashMap<>();
        current.items().forEach(item -> pinned.put(item.id(), item));
        Map<String, ItemProgress> progress = new HashMap<>(current.progress());
        List<ChecklistItem> added = new ArrayList<>();
        List<Reworded> reworded = new ArrayList<>();
        List<Rescheduled> rescheduled = new ArrayList<>();
        for (ChecklistItem item : newer) {
            ItemProgress kept = current.progressOf(item.id());
            ItemProgress adjusted = adjust(kept, item);
            if (adjusted != kept) {
                progress.put(item.id(), adjusted);
            }
            ChecklistItem before = pinned.get(item.id());
            if (before == null) {
                added.add(item);
                continue;
            }
            if (!before.text().equals(item.text())) {
                reworded.add(new Reworded(item.id(), before.text(), item.text()));
            }
            LocalDate dueBefore = DueDates.of(before, start, week, kept.dueOverride()).orElse(null);
            LocalDate dueAfter = DueDates.of(item, start, week, kept.dueOverride()).orElse(null);
            if (!Objects.equals(dueBefore, dueAfter)) {
                rescheduled.add(new Rescheduled(item.id(), dueBefore, dueAfter));
            }
        }
        Set<String> newerIds = newer.stream().map(ChecklistItem::id).collect(Collectors.toSet());
        List<RemovedItem> removed = current.items().stream().filter(item -> !newerIds.contains(item.id()))
                .map(item -> new RemovedItem(item, current.progressOf(item.id()))).toList();
        return new Upgrade(new Checklist(newer, progress), added, reworded, rescheduled, removed);
    }

    /**
     * A tick that waited for a sign-off the newer version no longer asks for is done, as of the tick.
     * The reverse is not undone: an item done before the newer version asked for sign-off stays done,
     * since an upgrade never takes progress away.
     */
    private static ItemProgress adjust(ItemProgress progress, ChecklistItem item) {
        if (progress.state() != ItemState.AWAITING_SIGN_OFF || item.signOff()) {
            return progress;
        }
        // Without a recorded tick there is no time to finish it at; a manager can still sign it off.
        return progress.tickedAt().map(tick -> progress.withState(ItemState.DONE, false, tick)).orElse(progress);
    }
}

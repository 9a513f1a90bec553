package dev.goose.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.playbook.markdown.ChecklistItem;

/**
 * One person's checklist: the items of the version their enrollment is pinned to, in the
 * playbook's order, and their progress by item id. An item without stored progress is open.
 * Progress for ids the version does not hold (left from an older version) is kept but not counted.
 */
public record Checklist(List<ChecklistItem> items, Map<String, ItemProgress> progress) {

    public Checklist {
        items = List.copyOf(items);
        progress = Map.copyOf(progress);
    }

    public static Checklist of(List<ChecklistItem> items, Collection<ItemProgress> progress) {
        Map<String, ItemProgress> byId = new HashMap<>();
        progress.forEach(p -> byId.put(p.itemId(), p));
        return new Checklist(items, byId);
    }

    /** The item by id, or a refusal naming the field when the pinned version has no such item. */
    public ChecklistItem item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow(() -> Refusal.invalid("item",
                "There is no item '" + id + "' in the playbook version this checklist follows.").toException());
    }

    public ItemProgress progressOf(String id) {
        ItemProgress stored = progress.get(id);
        return stored != null ? stored : ItemProgress.open(id);
    }

    /** The checklist with one item's progress replaced, for an item of the pinned version. */
    public Checklist with(ItemProgress next) {
        item(next.itemId());
        Map<String, ItemProgress> changed = new HashMap<>(progress);
        changed.put(next.itemId(), next);
        return new Checklist(items, changed);
    }

    /** Each dated item's due date for this person, in the playbook's order; undated items are absent. */
    public Map<String, LocalDate> dueDates(LocalDate start, WorkingWeek week) {
        Map<String, LocalDate> due = new LinkedHashMap<>();
        for (ChecklistItem item : items) {
            DueDates.of(item, start, week, progressOf(item.id()).dueOverride()).ifPresent(date -> due.put(item.id(), date));
        }
        return due;
    }

    /** Every required item is done (signed off where it needs it) or skipped. */
    public boolean isComplete() {
        return items.stream().filter(Checklist::isRequired).allMatch(item -> progressOf(item.id()).state().isFinished());
    }

    /**
     * When the checklist became complete: the latest time a required item was done, signed off or
     * skipped. Empty while it is not complete, and for a checklist without items, which is complete
     * from the enrollment's start.
     */
    public Optional<Instant> completedAt() {
        if (!isComplete()) {
            return Optional.empty();
        }
        return items.stream().filter(Checklist::isRequired).map(item -> progressOf(item.id()).finishedAt())
                .max(Instant::compareTo);
    }

    /** The completion date in the team's time zone: the day KPI ramps count from. */
    public Optional<LocalDate> completedOn(ZoneId zone) {
        return completedAt().map(at -> at.atZone(zone).toLocalDate());
    }

    /** The Markdown has no mark for an optional item yet, so every item is required. */
    private static boolean isRequired(ChecklistItem item) {
        return true;
    }
}

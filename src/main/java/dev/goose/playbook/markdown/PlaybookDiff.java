package dev.goose.playbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The difference between any two versions of a playbook: by section (added, removed, moved,
 * changed, each changed one line by line) and by checklist item id (added, removed, reworded, or
 * with a new due rule or sign-off). Plain Java: versions in, differences out.
 */
public record PlaybookDiff(List<SectionChange> sections, List<ItemChange> items) {

    public enum Status { ADDED, REMOVED, CHANGED, MOVED, UNCHANGED }

    public enum ItemStatus { ADDED, REMOVED, REWORDED, RESCHEDULED }

    public enum LineType { SAME, ADDED, REMOVED }

    public record Line(LineType type, String text) {
    }

    /** One section: its status in the newer version, whether it also moved, and its lines when changed. */
    public record SectionChange(String anchor, String title, Status status, boolean moved, List<Line> lines) {
    }

    public record ItemChange(String id, ItemStatus status, String before, String after) {
    }

    /** The changes in a few words, such as "2 sections changed, 1 item added". */
    public String summary() {
        java.util.List<String> parts = new ArrayList<>();
        for (Status status : List.of(Status.ADDED, Status.CHANGED, Status.MOVED, Status.REMOVED)) {
            long count = sections.stream().filter(s -> s.status() == status).count();
            if (count > 0) {
                parts.add(count + (count == 1 ? " section " : " sections ") + status.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (ItemStatus status : ItemStatus.values()) {
            long count = items.stream().filter(i -> i.status() == status).count();
            if (count > 0) {
                parts.add(count + (count == 1 ? " item " : " items ") + status.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "no change in content" : String.join(", ", parts);
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(s -> s.status() == Status.UNCHANGED) && items.isEmpty();
    }

    public static PlaybookDiff between(List<Section> older, List<Section> newer, List<ChecklistItem> olderItems,
            List<ChecklistItem> newerItems) {
        return new PlaybookDiff(sections(older, newer), items(olderItems, newerItems));
    }

    private static List<SectionChange> sections(List<Section> older, List<Section> newer) {
        Map<String, Section> before = byAnchor(older);
        Map<String, Section> after = byAnchor(newer);
        Set<String> moved = moved(older, newer, before, after);
        List<SectionChange> changes = new ArrayList<>();
        for (Section section : newer) {
            Section previous = before.get(section.anchor());
            if (previous == null) {
                changes.add(new SectionChange(section.anchor(), section.title(), Status.ADDED, false,
                        lines(List.of(), split(section.source()))));
            } else if (!previous.source().equals(section.source())) {
                changes.add(new SectionChange(section.anchor(), section.title(), Status.CHANGED,
                        moved.contains(section.anchor()), lines(split(previous.source()), split(section.source()))));
            } else {
                Status status = moved.contains(section.anchor()) ? Status.MOVED : Status.UNCHANGED;
                changes.add(new SectionChange(section.anchor(), section.title(), status, status == Status.MOVED, List.of()));
            }
        }
        for (Section section : older) {
            if (!after.containsKey(section.anchor())) {
                changes.add(new SectionChange(section.anchor(), section.title(), Status.REMOVED, false,
                        lines(split(section.source()), List.of())));
            }
        }
        return List.copyOf(changes);
    }

    /** Sections present in both whose order relative to the others changed: those outside a longest common order. */
    private static Set<String> moved(List<Section> older, List<Section> newer, Map<String, Section> before,
            Map<String, Section> after) {
        // Anchors are unique, so the longest common order is the longest increasing run of old
        // positions taken in the new order: n log n, where a table of both lengths would not fit.
        Map<String, Integer> oldPosition = new HashMap<>();
        older.stream().map(Section::anchor).filter(after::containsKey).forEach(a -> oldPosition.put(a, oldPosition.size()));
        List<String> common = newer.stream().map(Section::anchor).filter(before::containsKey).toList();
        int[] tailIndex = new int[common.size()];
        int[] previous = new int[common.size()];
        int length = 0;
        for (int i = 0; i < common.size(); i++) {
            int position = oldPosition.get(common.get(i));
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (oldPosition.get(common.get(tailIndex[middle])) < position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tailIndex[low - 1] : -1;
            tailIndex[low] = i;
            length = Math.max(length, low + 1);
        }
        Set<String> moved = new HashSet<>(common);
        for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
            moved.remove(common.get(i));
        }
        return moved;
    }

    /** Every line of the newer text, and the removed lines of the older one where they were. */
    static List<Line> lines(List<String> older, List<String> newer) {
        return LineDiff.lines(older, newer);
    }

    private static List<ItemChange> items(List<ChecklistItem> older, List<ChecklistItem> newer) {
        Map<String, ChecklistItem> before = new LinkedHashMap<>();
        older.forEach(item -> before.put(item.id(), item));
        Map<String, ChecklistItem> after = new HashMap<>();
        newer.forEach(item -> after.put(item.id(), item));
        List<ItemChange> changes = new ArrayList<>();
        for (ChecklistItem item : newer) {
            ChecklistItem previous = before.get(item.id());
            if (previous == null) {
                changes.add(new ItemChange(item.id(), ItemStatus.ADDED, null, item.text()));
            } else if (!previous.text().equals(item.text())) {
                changes.add(new ItemChange(item.id(), ItemStatus.REWORDED, previous.text(), item.text()));
            } else if (!Objects.equals(previous.dueLabel(), item.dueLabel()) || previous.signOff() != item.signOff()) {
                changes.add(new ItemChange(item.id(), ItemStatus.RESCHEDULED, describe(previous), describe(item)));
            }
        }
        before.values().stream().filter(item -> !after.containsKey(item.id()))
                .forEach(item -> changes.add(new ItemChange(item.id(), ItemStatus.REMOVED, item.text(), null)));
        return List.copyOf(changes);
    }

    private static String describe(ChecklistItem item) {
        String due = item.dueLabel().isEmpty() ? "no due date" : "due " + item.dueLabel();
        return due + (item.signOff() ? ", needs sign-off" : "");
    }

    private static Map<String, Section> byAnchor(List<Section> sections) {
        Map<String, Section> map = new LinkedHashMap<>();
        sections.forEach(section -> map.put(section.anchor(), section));
        return map;
    }

    private static List<String> split(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}

package dev.goose.playbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.playbook.markdown.ChecklistItem;

/**
 * The door of the playbook feature for other features: what they may ask about playbooks and
 * their published versions, answered with ids and the parser's own records. Reads inside the
 * caller's transaction.
 */
public final class Playbooks {

    private Playbooks() {
    }

    /** The id of the playbook with this slug; empty when there is none. */
    public static Optional<Long> idOf(String slug) {
        return Playbook.bySlug(slug).map(p -> p.id);
    }

    /** The checklist items of versions, by version id, in document order; read in one query. */
    public static Map<Long, List<ChecklistItem>> itemsOf(List<Long> versionIds) {
        Map<Long, List<ChecklistItem>> items = new HashMap<>();
        if (versionIds.isEmpty()) {
            return items;
        }
        List<VersionItem> rows = VersionItem.list("version.id in ?1 order by position", versionIds);
        for (VersionItem row : rows) {
            items.computeIfAbsent(row.version.id, k -> new ArrayList<>()).add(new ChecklistItem(row.key, row.text,
                    row.section, row.dueOffsetDays, row.dueDate, row.signOff, row.line));
        }
        return items;
    }
}

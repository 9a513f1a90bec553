package dev.goose.playbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.playbook.markdown.ChecklistItem;
import dev.goose.playbook.markdown.FencedBlock;
import dev.goose.playbook.markdown.Kind;

/**
 * The door of the playbook feature for other features: what they may ask about playbooks and
 * their published versions, answered with ids and the parser's own records. Reads inside the
 * caller's transaction.
 */
public final class Playbooks {

    private Playbooks() {
    }

    /** A playbook as others see it; {@code current} is its current version's number, 0 before the first. */
    public record PlaybookInfo(Long id, String slug, String title, Kind kind, int current) {
        static PlaybookInfo of(Playbook playbook) {
            return new PlaybookInfo(playbook.id, playbook.slug, playbook.title, playbook.kind, playbook.currentNumber);
        }
    }

    /** A published version as others see it. */
    public record VersionInfo(Long id, Long playbookId, int number) {
        static VersionInfo of(PlaybookVersion version) {
            return new VersionInfo(version.id, version.playbook.id, version.number);
        }
    }

    public static Optional<PlaybookInfo> bySlug(String slug) {
        return Playbook.bySlug(slug).map(PlaybookInfo::of);
    }

    public static List<PlaybookInfo> allByTitle() {
        return Playbook.allByTitle().stream().map(PlaybookInfo::of).toList();
    }

    /** The playbooks by id, in one query; an unknown id is left out. */
    public static Map<Long, PlaybookInfo> byIds(Collection<Long> ids) {
        Map<Long, PlaybookInfo> found = new HashMap<>();
        if (ids.size() == 1) {
            // By its id, from the transaction's own entities when read already: a list of ids as a
            // parameter has Hibernate translate the query again on every call.
            Playbook.<Playbook>findByIdOptional(ids.iterator().next()).ifPresent(p -> found.put(p.id, PlaybookInfo.of(p)));
        } else if (!ids.isEmpty()) {
            Playbook.<Playbook>list("id in ?1", ids).forEach(p -> found.put(p.id, PlaybookInfo.of(p)));
        }
        return found;
    }

    /** The version with this number of the playbook; empty when it was never published. */
    public static Optional<VersionInfo> version(Long playbookId, int number) {
        return PlaybookVersion.<PlaybookVersion>find("playbook.id = ?1 and number = ?2", playbookId, number).firstResultOptional()
                .map(VersionInfo::of);
    }

    /** The versions by id, in one query; an unknown id is left out. */
    public static Map<Long, VersionInfo> versionsByIds(Collection<Long> ids) {
        Map<Long, VersionInfo> found = new HashMap<>();
        if (!ids.isEmpty()) {
            PlaybookVersion.getEntityManager().createQuery("select v.id, v.playbook.id, v.number from PlaybookVersion v where v.id in ?1",
                    Object[].class).setParameter(1, ids).getResultList()
                    .forEach(r -> found.put((Long) r[0], new VersionInfo((Long) r[0], (Long) r[1], (Integer) r[2])));
        }
        return found;
    }

    /** A version's rendered HTML, as stored at publish; empty for an unknown id. */
    public static Optional<String> htmlOf(Long versionId) {
        return PlaybookVersion.<PlaybookVersion>findByIdOptional(versionId).map(v -> v.html);
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

    /** A block of a published version, as written, with the version it belongs to. */
    public record VersionBlock(VersionInfo version, FencedBlock.Source source) {
    }

    /**
     * The blocks with this info word (such as {@code plan}) of every published version of the
     * playbook, oldest version first, so that a feature can tell which version applied when.
     */
    public static List<VersionBlock> blocksOf(Long playbookId, String info) {
        List<VersionBlock> blocks = new ArrayList<>();
        PlaybookVersion.getEntityManager().createQuery("select v.id, v.number, v.markdown from PlaybookVersion v"
                + " where v.playbook.id = ?1 order by v.number", Object[].class).setParameter(1, playbookId).getResultList()
                .forEach(r -> FencedBlock.sources((String) r[2], info).forEach(source -> blocks.add(
                        new VersionBlock(new VersionInfo((Long) r[0], playbookId, (Integer) r[1]), source))));
        return blocks;
    }

    /** The playbooks whose current version holds a block with this info word, by title: the plans one can assign. */
    public static List<PlaybookInfo> withBlock(String info) {
        List<PlaybookInfo> found = new ArrayList<>();
        PlaybookVersion.getEntityManager().createQuery("select p, v.markdown from PlaybookVersion v join v.playbook p"
                + " where v.number = p.currentNumber and v.markdown like ?1 order by p.title", Object[].class)
                .setParameter(1, "%" + info + "%").getResultList().stream()
                .filter(r -> !FencedBlock.sources((String) r[1], info).isEmpty())
                .forEach(r -> found.add(PlaybookInfo.of((Playbook) r[0])));
        return found;
    }
}

package dev.goose.playbook.authoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.goose.errors.NotFound;
import dev.goose.people.People;
import dev.goose.playbook.Playbook;
import dev.goose.playbook.PlaybookVersion;
import dev.goose.playbook.VersionItem;
import dev.goose.playbook.VersionSection;
import dev.goose.playbook.authoring.Views.DiffView;
import dev.goose.playbook.authoring.Views.ItemView;
import dev.goose.playbook.authoring.Views.PlaybookSummary;
import dev.goose.playbook.authoring.Views.PlaybookView;
import dev.goose.playbook.authoring.Views.SearchHit;
import dev.goose.playbook.authoring.Views.SectionView;
import dev.goose.playbook.authoring.Views.VersionInfo;
import dev.goose.playbook.authoring.Views.VersionView;
import dev.goose.playbook.markdown.GuideSlicer;
import dev.goose.playbook.markdown.PlaybookDiff;
import dev.goose.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reading playbooks: lists, any version, history, diffs and search. Nothing here parses Markdown. */
@ApplicationScoped
public class PlaybookQueries {

    private static final int SEARCH_LIMIT = 20;
    /** Who a version synced from the playbooks folder is by. */
    private static final String FOLDER_SYNC = "Folder sync";

    @Inject
    Clock clock;

    /**
     * Published playbooks, and for authors also those that exist only as a draft. Draft states are the
     * authors' business: readers see only what is published. Drafts are read in one query, not one per playbook.
     */
    @Transactional
    public List<PlaybookSummary> list(boolean forAuthors) {
        java.util.Map<Long, String> drafts = new java.util.HashMap<>();
        PlaybookDraft.<PlaybookDraft>listAll().forEach(d -> drafts.put(d.playbookId, d.state));
        return Playbook.allByTitle().stream().filter(p -> forAuthors || p.currentNumber > 0)
                .map(p -> summary(p, forAuthors ? drafts.get(p.id) : null)).toList();
    }

    /** Playbooks whose review date has passed, for their owner. */
    @Transactional
    public List<PlaybookSummary> reviewDueFor(String ownerEmail) {
        return Playbook.<Playbook>list("ownerEmail = ?1 and reviewBy < ?2 order by reviewBy", ownerEmail, Clocks.serverToday(clock))
                .stream().map(this::summary).toList();
    }

    @Transactional
    public PlaybookSummary summary(String slug) {
        return summary(playbook(slug));
    }

    /** A playbook at its current version, or at any older one. */
    @Transactional
    public PlaybookView view(String slug, Integer number) {
        Playbook playbook = playbook(slug);
        int wanted = number == null ? playbook.currentNumber : number;
        PlaybookVersion version = PlaybookVersion.of(playbook, wanted)
                .orElseThrow(() -> new NotFound(number == null ? "A published version of this playbook" : "Version " + number));
        return new PlaybookView(summary(playbook), version(version), history(playbook));
    }

    @Transactional
    public List<VersionInfo> history(String slug) {
        return history(playbook(slug));
    }

    /** The history without the versions' text, which can be large and is not shown. */
    private static List<VersionInfo> history(Playbook playbook) {
        List<Object[]> rows = PlaybookVersion.getEntityManager().createQuery("select v.number, v.title, v.authorId,"
                + " v.changeNote, v.changeSummary, v.major, v.createdAt"
                + " from PlaybookVersion v where v.playbook = ?1 order by v.number desc", Object[].class)
                .setParameter(1, playbook).getResultList();
        Map<Long, String> authors = People.namesOf(rows.stream().map(row -> (Long) row[2]).filter(Objects::nonNull).toList());
        return rows.stream().map(row -> new VersionInfo((Integer) row[0], (String) row[1], authorName((Long) row[2], authors),
                (String) row[3], (String) row[4], (Boolean) row[5], (Instant) row[6])).toList();
    }

    /** The difference between any two versions, in either order. */
    @Transactional
    public DiffView diff(String slug, int from, int to) {
        Playbook playbook = playbook(slug);
        PlaybookVersion older = PlaybookVersion.of(playbook, from).orElseThrow(() -> new NotFound("Version " + from));
        PlaybookVersion newer = PlaybookVersion.of(playbook, to).orElseThrow(() -> new NotFound("Version " + to));
        PlaybookDiff diff = PlaybookDiff.between(VersionSection.sectionsOf(older), VersionSection.sectionsOf(newer),
                VersionItem.itemsOf(older), VersionItem.itemsOf(newer));
        return new DiffView(slug, playbook.title, from, to, diff);
    }

    /** One section of a playbook's current version, cut from the HTML stored at publish. */
    @Transactional
    public Views.SectionHtml section(String slug, String anchor) {
        Playbook playbook = playbook(slug);
        PlaybookVersion version = PlaybookVersion.of(playbook, playbook.currentNumber)
                .orElseThrow(() -> new NotFound("A published version of this playbook"));
        String html = GuideSlicer.html(version.html, anchor);
        if (html.isEmpty()) {
            throw new NotFound("The section");
        }
        return new Views.SectionHtml(slug, playbook.title, version.number, anchor, html);
    }

    /** Sections of published playbooks whose title, heading or text contain the words, titles first. */
    @Transactional
    public List<SearchHit> search(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 2) {
            return List.of();
        }
        String like = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<VersionSection> found = VersionSection.find(
                "select s from VersionSection s join fetch s.version v join fetch v.playbook p"
                        + " where v.number = p.currentNumber and (lower(s.title) like ?1 escape '\\'"
                        + " or lower(p.title) like ?1 escape '\\' or lower(s.plainText) like ?1 escape '\\')"
                        + " order by case when lower(s.title) like ?1 escape '\\' then 0"
                        + " when lower(p.title) like ?1 escape '\\' then 1 else 2 end, lower(p.title), s.position", like)
                .page(0, SEARCH_LIMIT).list();
        return found.stream().map(s -> new SearchHit(s.version.playbook.slug, s.version.playbook.title, s.anchor,
                s.title.isEmpty() ? s.version.playbook.title : s.title, snippet(s.plainText, wanted))).toList();
    }

    public static String snippet(String text, String wanted) {
        int at = indexIgnoringCase(text, wanted);
        if (at < 0) {
            return text.length() <= 140 ? text : text.substring(0, 140).strip() + "…";
        }
        int start = Math.max(0, at - 60);
        int end = Math.min(text.length(), at + wanted.length() + 80);
        return (start > 0 ? "…" : "") + text.substring(start, end).replaceAll("\\s+", " ").strip()
                + (end < text.length() ? "…" : "");
    }

    /** Where the words occur, found in the text itself: lower-casing can change a text's length. */
    private static int indexIgnoringCase(String text, String wanted) {
        for (int i = 0; i + wanted.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }

    static Playbook playbook(String slug) {
        return Playbook.bySlug(slug).orElseThrow(() -> new NotFound("The playbook"));
    }

    PlaybookSummary summary(Playbook p) {
        PlaybookDraft draft = PlaybookDraft.findById(p.id);
        return summary(p, draft == null ? null : draft.state);
    }

    private PlaybookSummary summary(Playbook p, String draftState) {
        return new PlaybookSummary(p.slug, p.title, p.kind, p.ownerEmail, p.currentNumber, p.updatedAt, p.reviewBy,
                p.isReviewDue(Clocks.serverToday(clock)),
 p.sourcePath, p.reviewRequired, draftState);
    }

    static VersionView version(PlaybookVersion v) {
        List<SectionView> outline = PlaybookVersion.getEntityManager().createQuery("select new dev.goose.playbook.authoring.Views$SectionView("
                + "s.anchor, s.title, s.level, s.stage) from VersionSection s where s.version = ?1 and s.level > 0 order by s.position",
                SectionView.class).setParameter(1, v).getResultList();
        List<ItemView> items = VersionItem.itemsOf(v).stream()
                .map(item -> new ItemView(item.id(), item.text(), item.section(),
                        item.dueLabel().isEmpty() ? null : item.dueLabel(), item.signOff())).toList();
        return new VersionView(v.number, v.title, v.html, outline, items,
                outline.stream().filter(s -> s.stage() != null).toList(), author(v), v.changeNote, v.changeSummary, v.major,
                v.createdAt, v.sha256);
    }

    private static String author(PlaybookVersion v) {
        return v.authorId == null ? FOLDER_SYNC : People.nameOf(v.authorId);
    }

    private static String authorName(Long authorId, Map<Long, String> names) {
        return authorId == null ? FOLDER_SYNC : names.get(authorId);
    }
}

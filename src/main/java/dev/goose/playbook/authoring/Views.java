package dev.goose.playbook.authoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.goose.playbook.markdown.Kind;
import dev.goose.playbook.markdown.ParseProblem;
import dev.goose.playbook.markdown.PlaybookDiff;

/** What the playbook API and pages show; never entities. */
public final class Views {

    private Views() {
    }

    /** A playbook in lists. */
    public record PlaybookSummary(String slug, String title, Kind kind, String owner, int currentVersion,
            Instant lastChange, LocalDate reviewBy, boolean reviewDue, String sourcePath, boolean reviewRequired,
            String draftState) {
    }

    public record SectionView(String anchor, String title, int level, String stage) {
    }

    public record ItemView(String id, String text, String section, String due, boolean signOff) {
    }

    /** One published version, ready to show: HTML rendered at publish, outline, items, stage links. */
    public record VersionView(int number, String title, String html, List<SectionView> outline, List<ItemView> items,
            List<SectionView> stageLinks, String author, String changeNote, String changeSummary, boolean major,
            Instant publishedAt, String sha256) {
    }

    /** A line of the version history. */
    public record VersionInfo(int number, String title, String author, String changeNote, String changeSummary, boolean major,
            Instant publishedAt) {
    }

    public record PlaybookView(PlaybookSummary playbook, VersionView version, List<VersionInfo> history) {
    }

    public record DiffView(String slug, String title, int from, int to, PlaybookDiff diff) {
    }

    /** One section's HTML, as call mode shows it. */
    public record SectionHtml(String slug, String playbookTitle, int version, String anchor, String html) {
    }

    /** A section found by search, with the words around the match. */
    public record SearchHit(String slug, String playbookTitle, String anchor, String sectionTitle, String snippet) {
    }

    /** The shared draft of a playbook edited in the browser, and where it stands in review. */
    public record DraftView(String slug, String markdown, int baseVersion, String state, String reviewComment,
            String submittedBy, String author, Instant updatedAt, int currentVersion, String sha256) {

        /** Another version was published since this draft was started. */
        public boolean behind() {
            return state != null && baseVersion < currentVersion;
        }
    }

    /** The result of publishing: the version now current, and whether this request created it. */
    public record PublishOutcome(VersionView version, boolean created) {
    }

    /** A preview: the HTML the text would publish as, or the problems that stop it, by line. */
    public record Preview(String html, List<ParseProblem> errors, List<ParseProblem> warnings) {
    }
}

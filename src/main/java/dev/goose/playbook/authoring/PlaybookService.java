package dev.goose.playbook.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import dev.goose.digest.Sha256;
import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.errors.NotFound;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.Role;
import dev.goose.playbook.Playbook;
import dev.goose.playbook.PlaybookVersion;
import dev.goose.playbook.Publisher;
import dev.goose.playbook.authoring.Views.DraftView;
import dev.goose.playbook.authoring.Views.Preview;
import dev.goose.playbook.authoring.Views.PublishOutcome;
import dev.goose.playbook.markdown.InvalidPlaybook;
import dev.goose.playbook.markdown.ParseRefused;
import dev.goose.playbook.markdown.ParseResult;
import dev.goose.playbook.markdown.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Authoring playbooks in the browser: new playbooks, the shared draft, publishing on top of a known
 * version, and review before publish. Playbooks from the folder are edited in the folder only.
 */
@ApplicationScoped
class PlaybookService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    Publisher publisher;

    /** What the text would publish as; stores nothing. */
    public Preview preview(String markdown) {
        ParseResult result = publisher.preview("", markdown == null ? "" : markdown);
        return new Preview(result.ok() ? result.playbook().html() : null, result.errors(), result.warnings());
    }

    /**
     * The preview beside the editor: a text refused outright ({@link ParseRefused}) shows why in place
     * of its HTML, so that the editor still opens to fix it, where the API answers 400.
     */
    public Preview previewInEditor(String markdown) {
        try {
            return preview(markdown);
        } catch (ParseRefused refused) {
            return new Preview(null, refused.problems(), java.util.List.of());
        }
    }

    /** A new playbook from Markdown, kept as a draft until published. Its slug comes from the text. */
    @Transactional
    public DraftView create(String markdown) {
        // No path: the slug then comes from the front matter, or else from the title.
        ParseResult parsed = publisher.preview("", require(markdown));
        if (!parsed.ok()) {
            throw new InvalidPlaybook(parsed.errors());
        }
        String slug = parsed.playbook().slug().isEmpty() ? Slugs.of(parsed.playbook().title()) : parsed.playbook().slug();
        if (Slugs.isReserved(slug)) {
            slug = slug + "-playbook";
        }
        if (Playbook.bySlug(slug).isPresent()) {
            throw InvalidInput.of("markdown", "A playbook with the slug '" + slug + "' exists already; give this one"
                    + " another title or a 'slug:' in its front matter.");
        }
        Playbook playbook = new Playbook();
        playbook.slug = slug;
        playbook.title = parsed.playbook().title();
        playbook.kind = parsed.playbook().kind();
        playbook.createdAt = clock.instant();
        playbook.updatedAt = playbook.createdAt;
        playbook.persist();
        PlaybookDraft draft = new PlaybookDraft();
        draft.playbookId = playbook.id;
        draft.replaceText(markdown, 0, current.id(), clock.instant());
        draft.persist();
        return view(playbook, draft);
    }

    /** The draft if there is one, else the current text to start one from. */
    @Transactional
    public DraftView draft(String slug) {
        Playbook playbook = editable(slug);
        PlaybookDraft draft = PlaybookDraft.findById(playbook.id);
        if (draft != null) {
            return view(playbook, draft);
        }
        String text = PlaybookVersion.of(playbook, playbook.currentNumber).map(v -> v.markdown).orElse("");
        return new DraftView(slug, text, playbook.currentNumber, null, null, null, null, null, playbook.currentNumber,
                Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Transactional
    public DraftView saveDraft(String slug, String markdown, int baseVersion) {
        Playbook playbook = editable(slug);
        return view(playbook, keepDraft(playbook, require(markdown), baseVersion));
    }

    /**
     * Publishes the text as the next version. Refused with 409 when another version was published
     * since {@code baseVersion}; the text is kept as the draft, so nothing is lost. Identical text
     * creates no version.
     */
    @Transactional(dontRollbackOn = Conflict.class)
    public PublishOutcome publish(String slug, String markdown, int baseVersion, String note, boolean major) {
        Playbook playbook = Publisher.lock(editable(slug));
        String text = require(markdown);
        requireLength("note", note, 2000);
        PlaybookDraft draft = PlaybookDraft.findById(playbook.id);
        if (baseVersion != playbook.currentNumber) {
            // Kept as the draft unless that would overwrite somebody else's draft.
            if (draft == null || draft.authorId == null || draft.authorId.equals(current.id())) {
                keepDraft(playbook, text, baseVersion);
            }
            throw new Conflict("Version " + playbook.currentNumber + " was published after version " + baseVersion
                    + " that you started from. Your text is kept as the draft: compare, then publish on top of version "
                    + playbook.currentNumber + ".", playbook.currentNumber);
        }
        if (playbook.reviewRequired && (draft == null || !PlaybookDraft.APPROVED.equals(draft.state)
                || !draft.markdown.equals(text))) {
            throw new NotAllowed("This playbook needs an approved review before it is published: submit the draft for review.");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ParseResult parsed = publisher.parser().parse(playbook.slug + ".md", bytes);
        if (parsed.ok() && !parsed.playbook().slug().equals(playbook.slug) && hasSlugField(text)) {
            throw InvalidInput.of("markdown", "The slug of a playbook cannot change (it is '" + playbook.slug + "').");
        }
        Publisher.Published published = publisher.publish(playbook, playbook.slug + ".md", bytes, parsed, note, major, current.id());
        if (draft != null && published.created()) {
            draft.delete();
        }
        return new PublishOutcome(PlaybookQueries.version(published.version()), published.created());
    }

    /** A manager asks another manager to review the draft, saving the text first when it comes along. */
    @Transactional
    public DraftView submitForReview(String slug, String markdown, Integer baseVersion) {
        Playbook playbook = editable(slug);
        if (markdown != null && baseVersion != null) {
            keepDraft(playbook, require(markdown), baseVersion);
        }
        PlaybookDraft draft = existingDraft(playbook);
        draft.state = PlaybookDraft.SUBMITTED;
        draft.submittedById = current.id();
        draft.reviewComment = null;
        return view(playbook, draft);
    }

    /**
     * Another manager approves the submitted draft, or sends it back with a comment. With
     * {@code reviewedSha256}, the review counts only for the text the reviewer read.
     */
    @Transactional
    public DraftView review(String slug, boolean approve, String comment, String reviewedSha256) {
        Playbook playbook = editable(slug);
        PlaybookDraft draft = existingDraft(playbook);
        requireLength("comment", comment, 2000);
        if (!PlaybookDraft.SUBMITTED.equals(draft.state)) {
            throw new NotAllowed("Only a draft submitted for review can be approved or sent back.");
        }
        boolean submitted = current.id().equals(draft.submittedById);
        boolean wrote = current.id().equals(draft.authorId);
        if (submitted || wrote) {
            throw new NotAllowed("Someone other than the person who wrote or submitted it must review it.");
        }
        if (reviewedSha256 != null && !reviewedSha256.isBlank()
                && !reviewedSha256.equals(Sha256.hex(draft.markdown.getBytes(StandardCharsets.UTF_8)))) {
            throw new Conflict("The draft changed after you opened it. Read it again, then review it.");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw InvalidInput.of("comment", "Say what should change.");
        }
        draft.state = approve ? PlaybookDraft.APPROVED : PlaybookDraft.CHANGES_REQUESTED;
        draft.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        return view(playbook, draft);
    }

    /** Throws the draft away; a playbook never published goes with it, freeing its slug. */
    @Transactional
    public void discardDraft(String slug) {
        Playbook playbook = editable(slug);
        PlaybookDraft.deleteById(playbook.id);
        if (playbook.currentNumber == 0) {
            playbook.delete();
        }
    }

    /** Admins decide whether a playbook needs an approved review before each publish. */
    @Transactional
    public void requireReview(String slug, boolean required) {
        PlaybookQueries.playbook(slug).reviewRequired = required;
    }

    private PlaybookDraft keepDraft(Playbook playbook, String text, int baseVersion) {
        PlaybookDraft draft = PlaybookDraft.findById(playbook.id);
        if (draft == null) {
            draft = new PlaybookDraft();
            draft.playbookId = playbook.id;
            draft.replaceText(text, baseVersion, current.id(), clock.instant())
;
            draft.persist();
        } else {
            draft.replaceText(text, baseVersion, current.id(), clock.instant())
;
        }
        return draft;
    }

    private Playbook editable(String slug) {
        Playbook playbook = PlaybookQueries.playbook(slug);
        if (playbook.fromFolder()) {
            throw new NotAllowed("This playbook comes from the playbook folder: edit " + playbook.sourcePath
                    + " there, and it is synced as a new version.");
        }
        if (!current.hasRole(Role.ADMIN) && !current.hasRole(Role.MANAGER)) {
            throw new NotAllowed("Only managers and admins edit playbooks.");
        }
        return playbook;
    }

    private static PlaybookDraft existingDraft(Playbook playbook) {
        PlaybookDraft draft = PlaybookDraft.findById(playbook.id);
        if (draft == null) {
            throw new NotFound("A draft of this playbook");
        }
        return draft;
    }

    private static String require(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw InvalidInput.of("markdown", "Write the playbook's Markdown.");
        }
        return markdown;
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw InvalidInput.of(field, "Use at most " + max + " characters.");
        }
    }

    private static boolean hasSlugField(String text) {
        return text.startsWith("---") && text.contains("\nslug:");
    }

    private static DraftView view(Playbook playbook, PlaybookDraft draft) {
        return new DraftView(playbook.slug, draft.markdown, draft.baseNumber, draft.state, draft.reviewComment,
                People.nameOf(draft.submittedById), People.nameOf(draft.authorId), draft.updatedAt,
                playbook.currentNumber, Sha256.hex(draft.markdown.getBytes(StandardCharsets.UTF_8)));
    }

}

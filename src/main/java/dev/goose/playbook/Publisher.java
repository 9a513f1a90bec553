package dev.goose.playbook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.goose.digest.Sha256;
import dev.goose.playbook.markdown.FencedBlock;
import dev.goose.playbook.markdown.InvalidPlaybook;
import dev.goose.playbook.markdown.Outline;
import dev.goose.playbook.markdown.ParseBudget;
import dev.goose.playbook.markdown.ParseProblem;
import dev.goose.playbook.markdown.ParseResult;
import dev.goose.playbook.markdown.ParseSettings;
import dev.goose.playbook.markdown.ParsedPlaybook;
import dev.goose.playbook.markdown.PlaybookDiff;
import dev.goose.playbook.markdown.PlaybookParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Turns Markdown into the next version of a playbook. Callers hold the transaction; the playbook row
 * is locked first, so concurrent publishes get contiguous numbers and one winner per base version.
 */
@ApplicationScoped
public class Publisher {

    @Inject
    Clock clock;

    @Inject
    PlaybookConfig config;

    /** The fenced blocks other features read, such as the incentive feature's plans. */
    @Inject
    Instance<FencedBlock> blocks;

    /** The outcome: the version now current, and whether this call created it. */
    public record Published(PlaybookVersion version, boolean created, List<ParseProblem> warnings) {
    }

    private volatile PlaybookParser standard;

    /** A parser resolving links with the given function: the folder sync knows the slugs of its files. */
    public PlaybookParser parser(Function<String, Optional<String>> links) {
        Map<String, FencedBlock> byInfo = new HashMap<>();
        blocks.forEach(block -> byInfo.put(block.info(), block));
        return new PlaybookParser(new ParseSettings(config.maxBytes(), ParseSettings.DEFAULT_STAGES, links, byInfo),
                new ParseBudget(config.maxNesting(), Outline.MAX_ITEMS, config.parseTimeLimit()));
    }

    /** The parser for playbooks edited in the browser, made once: building one costs more than using it. */
    public PlaybookParser parser() {
        if (standard == null) {
            standard = parser(ParseSettings.defaults().linkResolver());
        }
        return standard;
    }

    /** Parses without storing anything: the preview while someone types. */
    public ParseResult preview(String path, String markdown) {
        return parser().parse(path, markdown.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Locks the playbook's row and reads it again: a row loaded before the lock may be stale, and a
     * stale current number would let two publishes claim the same version.
     */
    public static Playbook lock(Playbook playbook) {
        Playbook.getEntityManager().refresh(playbook, LockModeType.PESSIMISTIC_WRITE);
        return playbook;
    }

    /**
     * Publishes the source as the playbook's next version, unless it is identical to the current
     * one. The playbook must be locked by the caller ({@link #lock}).
     */
    public Published publish(Playbook playbook, String path, byte[] source, ParseResult parsed, String note, boolean major,
            Long authorId) {
        String sha = Sha256.hex(source);
        Optional<PlaybookVersion> current = PlaybookVersion.of(playbook, playbook.currentNumber);
        if (current.isPresent() && current.get().sha256.equals(sha)) {
            return new Published(current.get(), false, parsed.warnings());
        }
        if (!parsed.ok()) {
            throw new InvalidPlaybook(parsed.errors());
        }
        ParsedPlaybook content = parsed.playbook();
        Instant now = clock.instant();

        String summary = current.map(previous -> PlaybookDiff.between(VersionSection.sectionsOf(previous), content.sections(),
                VersionItem.itemsOf(previous), content.items()).summary()).orElse("first version");
        boolean marked = isMajor(major, current.isEmpty(), current.map(previous -> previous.edition).orElse(null),
                content.edition());
        PlaybookVersion version = new PlaybookVersion();
        version.playbook = playbook;
        version.number = playbook.currentNumber + 1;
        version.markdown = new String(source, StandardCharsets.UTF_8);
        version.sha256 = sha;
        version.html = content.html();
        version.title = content.title();
        version.authorId = authorId;
        version.changeNote = note == null || note.isBlank() ? "No note" : note.strip();
        version.major = marked;
        version.edition = content.edition();
        version.changeSummary = summary;
        version.createdAt = now;
        version.persist();
        for (int i = 0; i < content.sections().size(); i++) {
            VersionSection.of(version, i, content.sections().get(i)).persist();
        }
        for (int i = 0; i < content.items().size(); i++) {
            VersionItem.of(version, i, content.items().get(i)).persist();
        }
        playbook.currentNumber = version.number;
        playbook.describeAs(content, now);
        return new Published(version, true, parsed.warnings());
    }

    /**
     * A version is major when its author says so or when its front matter names a new edition: files
     * in the playbook folder have no checkbox, and a field that stayed set would make every later
     * version major. A first version is for everyone anyway; removing the edition is no new edition.
     */
    public static boolean isMajor(boolean marked, boolean first, String previousEdition, String edition) {
        return marked || !first && edition != null && !edition.equals(previousEdition);
    }

}

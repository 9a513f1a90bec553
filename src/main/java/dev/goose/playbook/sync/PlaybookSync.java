package dev.goose.playbook.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import dev.goose.cluster.AppLock;
import dev.goose.digest.Sha256;
import dev.goose.playbook.Playbook;
import dev.goose.playbook.PlaybookConfig;
import dev.goose.playbook.PlaybookVersion;
import dev.goose.playbook.Publisher;
import dev.goose.playbook.markdown.FrontMatter;
import dev.goose.playbook.markdown.InvalidPlaybook;
import dev.goose.playbook.markdown.Kind;
import dev.goose.playbook.markdown.ParseProblem;
import dev.goose.playbook.markdown.ParseResult;
import dev.goose.playbook.markdown.PlaybookParser;
import dev.goose.playbook.markdown.Slugs;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Syncs the playbook folder: each Markdown file whose bytes changed becomes a new version of its
 * playbook; unchanged files are only hashed. A broken file is reported with its line and keeps its
 * last good version; the others still sync. What each file gave is kept as the sync report, its
 * warnings until the file changes. One node at a time, under a database lock.
 */
@ApplicationScoped
public class PlaybookSync {

    static final String AT_START = "Goose at start-up";
    private static final Logger LOG = Logger.getLogger(PlaybookSync.class);

    @Inject
    Clock clock;

    @Inject
    PlaybookConfig config;

    @Inject
    Publisher publisher;

    /** A folder that cannot be synced is logged; Goose starts anyway, with the versions it has. */
    void onStart(@Observes StartupEvent event) {
        if (!config.syncAtStart() || !Files.isDirectory(Path.of(config.folder()))) {
            return;
        }
        try {
            SyncReport report = sync(AT_START);
            LOG.infof("Playbook folder synced: %d new, %d updated, %d unchanged, %d skipped, %d not synced; %d warnings"
                    + " (the sync report at /playbooks/sync lists them)", report.created(), report.updated(),
                    report.unchanged(), report.skipped(), report.failed(), report.warnings().size());
            report.errors().forEach(problem -> LOG.warnf("Playbook not synced: %s", problem));
        } catch (RuntimeException e) {
            LOG.errorf(e, "The playbook folder %s could not be synced", config.folder());
        }
    }

    /** Syncs the configured folder; {@code startedBy} names who asked, for the report. */
    public SyncReport sync(String startedBy) {
        return sync(Path.of(config.folder()), startedBy);
    }

    /** The report of the newest sync, as stored: warnings stay in it until their file changes. */
    @Transactional
    public SyncReport report() {
        return SyncLog.report();
    }

    SyncReport sync(Path root) {
        return sync(root, AT_START);
    }

    @Transactional
    SyncReport sync(Path root, String startedBy) {
        AppLock.acquire(AppLock.PLAYBOOK_SYNC);
        FolderScan scan = FolderScan.of(root);
        Run run = new Run(root, scan, SyncLog.load());
        List<FileOutcome> outcomes = new ArrayList<>();
        for (String file : scan.playbooks()) {
            outcomes.add(syncFile(run, file));
        }
        scan.skipped().forEach(skipped -> outcomes.add(FileOutcome.skipped(skipped.path(), skipped.reason())));
        run.currentHashes.keySet().stream().filter(path -> !run.folderFiles.contains(path)).sorted()
                .forEach(gone -> outcomes.add(FileOutcome.removed(gone)));
        return run.log.save(outcomes, startedBy, clock.instant())
;
    }

    /** What one sync knows across files: hashes of current versions, slugs claimed so far, the stored report. */
    private final class Run {
        final Path root;
        final Set<String> folderFiles;
        final Map<String, String> currentHashes = currentHashes();
        final Map<String, String> slugsClaimed = new HashMap<>();
        final SyncLog log;
        final PlaybookParser parser;

        Run(Path root, FolderScan scan, SyncLog log) {
            this.root = root;
            this.folderFiles = new HashSet<>(scan.playbooks());
            this.log = log;
            Map<String, Optional<String>> linkedSlugs = new HashMap<>();
            this.parser = publisher.parser(linked -> linkedSlugs.computeIfAbsent(linked, l -> slugOf(root, l, folderFiles)));
        }
    }

    /** One file: read, parse unless its bytes are those of its current version, publish. */
    private FileOutcome syncFile(Run run, String file) {
        byte[] bytes;
        try {
            bytes = read(run.root.resolve(file), config.maxBytes());
        } catch (IOException e) {
            return FileOutcome.failed(file, null, new ParseProblem(0, "The file cannot be read."));
        } catch (IllegalArgumentException tooLarge) {
            return FileOutcome.failed(file, null, new ParseProblem(0, tooLarge.getMessage()));
        }
        String sha = Sha256.hex(bytes);
        boolean current = sha.equals(run.currentHashes.get(file));
        if (current) {
            Optional<List<ParseProblem>> kept = run.log.warningsOf(file, sha);
            if (kept.isPresent()) {
                return FileOutcome.synced(file, SyncOutcome.UNCHANGED, sha, kept.get());
            }
        }
        ParseResult parsed;
        try {
            parsed = run.parser.parse(file, bytes);
        } catch (InvalidPlaybook refused) {
            // Too large, too deep, too many items or too slow to read: this file only; the others still sync.
            return FileOutcome.failed(file, sha, refused.problems(), List.of());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Playbook %s could not be parsed", file);
            return FileOutcome.failed(file, sha, new ParseProblem(0, "The file could not be read as a playbook; the log says why."));
        }
        if (current) {
            // Published before the report kept warnings: parsed once more to learn them, not published again.
            return FileOutcome.synced(file, SyncOutcome.UNCHANGED, sha, parsed.warnings());
        }
        if (!parsed.ok()) {
            return FileOutcome.failed(file, sha, parsed.errors(), parsed.warnings());
        }
        Optional<Playbook> existing = Playbook.bySourcePath(file);
        String slug = existing.map(p -> p.slug).orElse(parsed.playbook().slug());
        Optional<String> clash = slugClash(run, file, slug);
        if (clash.isPresent()) {
            return FileOutcome.failed(file, sha, List.of(new ParseProblem(slugLine(bytes), clash.get())), parsed.warnings());
        }
        Playbook playbook = existing.map(Publisher::lock).orElseGet(() -> newPlaybook(file, slug));
        boolean isNew = playbook.currentNumber == 0;
        Publisher.Published published = publisher.publish(playbook, file, bytes, parsed,
                "synced from " + run.root.getFileName() + "/" + file, false, null);
        SyncOutcome outcome = !published.created() ? SyncOutcome.UNCHANGED : isNew ? SyncOutcome.CREATED : SyncOutcome.UPDATED;
        return FileOutcome.synced(file, outcome, sha, parsed.warnings());
    }

    /** Why the file cannot have the slug, naming who holds it, or empty when it is free. */
    private static Optional<String> slugClash(Run run, String file, String slug) {
        String claimedBy = run.slugsClaimed.get(slug);
        if (claimedBy != null) {
            return Optional.of("The slug '" + slug + "' is also claimed by " + claimedBy + ", synced before this file;"
                    + " give one of them another 'slug:'.");
        }
        Optional<Playbook> holder = Playbook.bySlug(slug);
        if (holder.isEmpty() || file.equals(holder.get().sourcePath)) {
            run.slugsClaimed.put(slug, file);
            return Optional.empty();
        }
        String other = holder.get().sourcePath;
        if (other == null) {
            return Optional.of("The slug '" + slug + "' belongs to the playbook '" + holder.get().title
                    + "', written in the browser; give this file another 'slug:'.");
        }
        return Optional.of("The slug '" + slug + "' belongs to the playbook of " + other
                + (run.folderFiles.contains(other) ? "" : " (no longer in the folder, its playbook stays)")
                + "; give one of them another 'slug:'.");
    }

    /** The line of the front matter's {@code slug:}, where a clash is fixed, or 0 when the path gave the slug. */
    static int slugLine(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", 200);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                return 0;
            }
            if (line.startsWith("slug:")) {
                return i + 1;
            }
        }
        return 0;
    }

    private Playbook newPlaybook(String file, String slug) {
        Playbook playbook = new Playbook();
        playbook.slug = slug;
        playbook.title = slug;
        playbook.kind = Kind.REFERENCE;
        playbook.sourcePath = file;
        playbook.createdAt = clock.instant();
        playbook.updatedAt = playbook.createdAt;
        playbook.persist();
        return playbook;
    }

    /** Source path to the hash of its current version, in one query, so unchanged files cost only a hash. */
    private static Map<String, String> currentHashes() {
        Map<String, String> hashes = new HashMap<>();
        List<Object[]> rows = PlaybookVersion.getEntityManager().createQuery(
                "select p.sourcePath, v.sha256 from PlaybookVersion v join v.playbook p"
                        + " where p.sourcePath is not null and v.number = p.currentNumber", Object[].class).getResultList();
        rows.forEach(row -> hashes.put((String) row[0], (String) row[1]));
        return hashes;
    }

    /** The slug a linked file has, or will have once synced: its front matter may name one. */
    private Optional<String> slugOf(Path root, String linkedPath, Set<String> folderFiles) {
        Optional<Playbook> synced = Playbook.bySourcePath(linkedPath);
        if (synced.isPresent()) {
            return Optional.of(synced.get().slug);
        }
        if (!folderFiles.contains(linkedPath)) {
            return Optional.empty();
        }
        try {
            String text = new String(read(root.resolve(linkedPath), config.maxBytes()), StandardCharsets.UTF_8);
            String named = FrontMatter.read(text.replace("\r\n", "\n"), new ArrayList<>(), new ArrayList<>()).slug();
            return Optional.of(named != null ? named : Slugs.ofPath(linkedPath));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.of(Slugs.ofPath(linkedPath));
        }
    }

    /** The file's bytes, unless it is larger than a playbook may be: that is found out before reading it. */
    private static byte[] read(Path file, int maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IllegalArgumentException("The file has " + size + " bytes; the limit is " + maxBytes + ".");
        }
        return Files.readAllBytes(file);
    }
}

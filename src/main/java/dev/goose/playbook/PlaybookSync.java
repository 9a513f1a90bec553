package dev.goose.playbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import dev.goose.cluster.AppLock;
import dev.goose.playbook.SyncReport.FileProblem;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Syncs the playbook folder: each Markdown file whose bytes changed becomes a new version of its
 * playbook; unchanged files are only hashed. A broken file is reported with its line and keeps its
 * last good version; the others still sync. One node at a time, under a database lock.
 */
@ApplicationScoped
public class PlaybookSync {

    private static final Logger LOG = Logger.getLogger(PlaybookSync.class);

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
            SyncReport report = sync();
            LOG.infof("Playbook folder synced: %d new, %d updated, %d unchanged", report.created(), report.updated(),
                    report.unchanged());
            report.errors().forEach(problem -> LOG.warnf("Playbook not synced: %s", problem));
        } catch (RuntimeException e) {
            LOG.errorf(e, "The playbook folder %s could not be synced", config.folder());
        }
    }

    /** Syncs the configured folder. */
    public SyncReport sync() {
        return sync(Path.of(config.folder()));
    }

    @Transactional
    SyncReport sync(Path root) {
        AppLock.acquire(AppLock.PLAYBOOK_SYNC);
        List<String> files = markdownFiles(root);
        Map<String, String> currentHashes = currentHashes();
        Set<String> folderFiles = new HashSet<>(files);
        Map<String, Optional<String>> linkedSlugs = new HashMap<>();
        PlaybookParser parser = publisher.parser(linked -> linkedSlugs.computeIfAbsent(linked, l -> slugOf(root, l, folderFiles)));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<FileProblem> errors = new ArrayList<>();
        List<FileProblem> warnings = new ArrayList<>();
        Set<String> slugsThisRun = new HashSet<>();
        for (String file : files) {
            byte[] bytes;
            try {
                bytes = read(root.resolve(file), config.maxBytes());
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new FileProblem(file, 0, e instanceof IOException ? "The file cannot be read." : e.getMessage()));
                continue;
            }
            if (Publisher.sha256(bytes).equals(currentHashes.get(file))) {
                unchanged++;
                continue;
            }
            ParseResult parsed = parser.parse(file, bytes);
            parsed.warnings().forEach(w -> warnings.add(new FileProblem(file, w.line(), w.message())));
            if (!parsed.ok()) {
                parsed.errors().forEach(e -> errors.add(new FileProblem(file, e.line(), e.message())));
                continue;
            }
            Optional<Playbook> existing = Playbook.bySourcePath(file);
            String slug = existing.map(p -> p.slug).orElse(parsed.playbook().slug());
            Optional<Playbook> holder = Playbook.bySlug(slug);
            if (!slugsThisRun.add(slug) || holder.isPresent() && !file.equals(holder.get().sourcePath)) {
                errors.add(new FileProblem(file, 0, "Another playbook already has the slug '" + slug + "'."));
                continue;
            }
            Playbook playbook = existing.map(Publisher::lock).orElseGet(() -> newPlaybook(file, slug));
            boolean isNew = playbook.currentNumber == 0;
            Publisher.Published published = publisher.publish(playbook, file, bytes, parsed,
                    "synced from " + root.getFileName() + "/" + file, false, null);
            if (published.created()) {
                if (isNew) {
                    created++;
                } else {
                    updated++;
                }
            } else {
                unchanged++;
            }
        }
        for (String gone : currentHashes.keySet()) {
            if (!folderFiles.contains(gone)) {
                warnings.add(new FileProblem(gone, 0, "The file is no longer in the folder; its playbook keeps its last version."));
            }
        }
        return new SyncReport(created, updated, unchanged, List.copyOf(errors), List.copyOf(warnings));
    }

    private static Playbook newPlaybook(String file, String slug) {
        Playbook playbook = new Playbook();
        playbook.slug = slug;
        playbook.title = slug;
        playbook.kind = Kind.REFERENCE;
        playbook.sourcePath = file;
        playbook.persist();
        return playbook;
    }

    /** The folder's Markdown files, by path from the folder, in a stable order; README files document the folder. */
    private static List<String> markdownFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            // Links are not followed: only files really in the folder are published to everyone.
            return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> path.toLowerCase().endsWith(".md"))
                    .filter(path -> !path.substring(path.lastIndexOf('/') + 1).equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            String text = new String(read(root.resolve(linkedPath), config.maxBytes()), java.nio.charset.StandardCharsets.UTF_8);
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

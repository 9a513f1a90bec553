package dev.goose.playbook.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The playbook folder's files, by path from the folder in a stable order: the Markdown files that
 * become playbooks, and every other file with why it is skipped. Hidden folders (such as
 * {@code .git}) are skipped whole, without looking inside; links are never followed, so that only
 * files really in the folder are published to everyone.
 */
record FolderScan(List<String> playbooks, List<Skipped> skipped) {

    static final String README = "A README documents the folder for the people who edit it; it is not a playbook.";
    static final String MARKDOWN_EXTENSION = "Only .md files are playbooks: rename it to .md to sync it.";
    static final String NOT_MARKDOWN = "Not a Markdown file: only .md files are playbooks.";
    static final String HIDDEN_FILE = "A hidden file.";
    static final String HIDDEN_FOLDER = "A hidden folder: nothing in it is synced.";
    static final String LINK = "A symbolic link: only files really in the folder are synced.";
    static final String NOT_A_FILE = "Not a regular file.";
    static final String LONG_PATH = "Its path is longer than " + SyncedFile.MAX_PATH + " characters.";

    /** A file, or a hidden folder (its path ends with /), that the sync leaves alone, and why. */
    record Skipped(String path, String reason) {
    }

    static FolderScan of(Path root) {
        if (!Files.isDirectory(root)) {
            return new FolderScan(List.of(), List.of());
        }
        List<String> playbooks = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        skipped.add(new Skipped(shortened(relative(root, dir) + "/"), HIDDEN_FOLDER));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String path = relative(root, file);
                    String reason = reasonToSkip(path, attributes);
                    if (reason == null) {
                        playbooks.add(path);
                    } else {
                        skipped.add(new Skipped(shortened(path), reason));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.add(new Skipped(shortened(relative(root, file)), "It cannot be read."));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        playbooks.sort(Comparator.naturalOrder());
        // Two long paths cut to the same 500 characters are reported once.
        java.util.TreeMap<String, Skipped> byPath = new java.util.TreeMap<>();
        skipped.forEach(s -> byPath.putIfAbsent(s.path(), s));
        return new FolderScan(List.copyOf(playbooks), List.copyOf(byPath.values()));
    }

    /** Why a file is no playbook, or null when it is one. */
    static String reasonToSkip(String path, BasicFileAttributes attributes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (attributes.isSymbolicLink()) {
            return LINK;
        }
        if (!attributes.isRegularFile()) {
            return NOT_A_FILE;
        }
        if (name.startsWith(".")) {
            return HIDDEN_FILE;
        }
        if (lower.equals("readme.md") || lower.equals("readme.markdown")) {
            return README;
        }
        if (lower.endsWith(".markdown")) {
            return MARKDOWN_EXTENSION;
        }
        if (!lower.endsWith(".md")) {
            return NOT_MARKDOWN;
        }
        return path.length() > SyncedFile.MAX_PATH ? LONG_PATH : null;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** The report keeps paths of up to 500 characters; a longer one is cut, and says so. */
    private static String shortened(String path) {
        return path.length() <= SyncedFile.MAX_PATH ? path : path.substring(0, SyncedFile.MAX_PATH - 1) + "…";
    }
}

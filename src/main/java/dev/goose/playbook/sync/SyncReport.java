package dev.goose.playbook.sync;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.goose.playbook.markdown.ParseProblem;

/**
 * The folder sync's report: when the newest sync ran and who asked, its counts, and every file of
 * the folder with what the sync did and the problems it keeps until the file changes. {@code errors}
 * and {@code warnings} are the same problems, flat, each with its file and line.
 */
public record SyncReport(Instant syncedAt, String startedBy, int created, int updated, int unchanged, int skipped,
        int failed, List<FileReport> files, List<FileProblem> errors, List<FileProblem> warnings) {

    /** Before the first sync. */
    static final SyncReport NONE = new SyncReport(null, null, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());

    /** Failed files first, then those with warnings, then the rest, each by path: what needs a hand comes first. */
    private static final Comparator<FileReport> NEEDS_ATTENTION_FIRST = Comparator
            .comparingInt(SyncReport::rank)
            .thenComparing(FileReport::file);

    private static int rank(FileReport file) {
        return switch (file.outcome()) {
            case FAILED -> 0;
            case REMOVED -> 2;
            case SKIPPED -> 4;
            default -> file.warnings().isEmpty() ? 3 : 1;
        };
    }

    /** One file of the folder: {@code since} is when the sync first saw its current bytes. */
    public record FileReport(String file, SyncOutcome outcome, String reason, Instant since, Instant checkedAt,
            List<ParseProblem> errors, List<ParseProblem> warnings) {

        public boolean notSynced() {
            return outcome == SyncOutcome.FAILED;
        }
    }

    /** A problem in one file of the folder. */
    public record FileProblem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    static SyncReport of(SyncRun run, List<FileReport> files) {
        List<FileReport> sorted = files.stream().sorted(NEEDS_ATTENTION_FIRST).toList();
        List<FileProblem> errors = sorted.stream().flatMap(f -> f.errors().stream()
                .map(p -> new FileProblem(f.file(), p.line(), p.message()))).toList();
        List<FileProblem> warnings = sorted.stream().flatMap(f -> f.warnings().stream()
                .map(p -> new FileProblem(f.file(), p.line(), p.message()))).toList();
        return new SyncReport(run.syncedAt, run.startedBy, run.created, run.updated, run.unchanged, run.skipped, run.failed,
                sorted, errors, warnings);
    }

    /** The files that need an author's hand: not synced, or synced with warnings. */
    public List<FileReport> attention() {
        return files.stream().filter(f -> f.outcome() == SyncOutcome.FAILED || !f.warnings().isEmpty()).toList();
    }

    /** The files that synced or stayed as they were, without a problem. */
    public List<FileReport> fine() {
        return files.stream().filter(f -> f.outcome() != SyncOutcome.FAILED && f.outcome() != SyncOutcome.SKIPPED
                && f.warnings().isEmpty()).toList();
    }

    public List<FileReport> skippedFiles() {
        return files.stream().filter(f -> f.outcome() == SyncOutcome.SKIPPED).toList();
    }
}

package dev.goose.playbook.sync;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.playbook.markdown.ParseProblem;

/**
 * The stored sync report: what the previous sync kept for each file, and the report of this one
 * saved in its transaction. A file's problems are replaced when its bytes change, and its row goes
 * when the file is gone and left no playbook behind.
 */
final class SyncLog {

    private final Map<String, SyncedFile> stored = new HashMap<>();

    private SyncLog() {
    }

    static SyncLog load() {
        SyncLog log = new SyncLog();
        SyncedFile.<SyncedFile>listAll().forEach(file -> log.stored.put(file.path, file));
        return log;
    }

    /** The report of the newest sync, as stored. */
    static SyncReport report() {
        Optional<SyncRun> run = SyncRun.<SyncRun>findAll().firstResultOptional();
        if (run.isEmpty()) {
            return SyncReport.NONE;
        }
        List<SyncedFile> files = SyncedFile.listAll();
        return SyncReport.of(run.get(), files.stream().map(SyncLog::view).toList());
    }

    /** The warnings kept for these very bytes of the file, if a sync already parsed them. */
    Optional<List<ParseProblem>> warningsOf(String path, String sha256) {
        SyncedFile file = stored.get(path);
        if (file == null || !sha256.equals(file.sha256) || file.outcome == SyncOutcome.FAILED) {
            return Optional.empty();
        }
        return Optional.of(file.warnings());
    }

    /** Stores this sync's outcomes in place of the previous ones and returns the report. */
    SyncReport save(List<FileOutcome> outcomes, String startedBy, Instant now) {
        Map<String, SyncedFile> gone = new HashMap<>(stored);
        SyncRun run = new SyncRun();
        run.syncedAt = now;
        String by = startedBy == null || startedBy.isBlank() ? "an admin" : startedBy.strip();
        run.startedBy = by.length() > 200 ? by.substring(0, 200) : by;
        for (FileOutcome outcome : outcomes) {
            SyncedFile file = gone.remove(outcome.path());
            if (file == null) {
                file = new SyncedFile();
                file.path = outcome.path();
                file.record(outcome, now);
                file.persist();
            } else {
                file.record(outcome, now);
            }
            stored.put(file.path, file);
            count(run, outcome.outcome());
        }
        gone.values().forEach(file -> {
            stored.remove(file.path);
            file.delete();
        });
        SyncRun.deleteAll();
        run.persist();
        return SyncReport.of(run, outcomes.stream().map(o -> view(stored.get(o.path()))).toList());
    }

    private static void count(SyncRun run, SyncOutcome outcome) {
        switch (outcome) {
            case CREATED -> run.created++;
            case UPDATED -> run.updated++;
            case UNCHANGED -> run.unchanged++;
            case SKIPPED -> run.skipped++;
            case FAILED -> run.failed++;
            case REMOVED -> {
            }
        }
    }

    private static SyncReport.FileReport view(SyncedFile file) {
        return new SyncReport.FileReport(file.path, file.outcome, file.reason, file.since, file.checkedAt, file.errors(),
                file.warnings());
    }
}

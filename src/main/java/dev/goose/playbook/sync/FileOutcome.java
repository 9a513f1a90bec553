package dev.goose.playbook.sync;

import java.util.List;

import dev.goose.playbook.markdown.ParseProblem;

/**
 * What one sync did with one file of the folder, as the sync report keeps it: the outcome, the
 * hash of the bytes it looked at (null when it read none), why it was skipped, and the problems.
 */
record FileOutcome(String path, SyncOutcome outcome, String sha256, String reason, List<ParseProblem> errors,
        List<ParseProblem> warnings) {

    FileOutcome {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    static FileOutcome synced(String path, SyncOutcome outcome, String sha256, List<ParseProblem> warnings) {
        return new FileOutcome(path, outcome, sha256, null, List.of(), warnings);
    }

    /** The file keeps its playbook's last good version, if it has one. */
    static FileOutcome failed(String path, String sha256, List<ParseProblem> errors, List<ParseProblem> warnings) {
        return new FileOutcome(path, SyncOutcome.FAILED, sha256, null, errors, warnings);
    }

    static FileOutcome failed(String path, String sha256, ParseProblem error) {
        return failed(path, sha256, List.of(error), List.of());
    }

    static FileOutcome skipped(String path, String reason) {
        return new FileOutcome(path, SyncOutcome.SKIPPED, null, reason, List.of(), List.of());
    }

    /** A file that was synced once and is gone: its playbook stays, at its last version. */
    static FileOutcome removed(String path) {
        return new FileOutcome(path, SyncOutcome.REMOVED, null, null, List.of(),
                List.of(new ParseProblem(0, "The file is no longer in the folder; its playbook keeps its last version.")));
    }
}

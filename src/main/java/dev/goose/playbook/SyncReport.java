package dev.goose.playbook;

import java.util.List;

/** What a folder sync did: counts, and every file problem with its file and line. */
public record SyncReport(int created, int updated, int unchanged, List<FileProblem> errors, List<FileProblem> warnings) {

    /** A problem in one file of the folder. */
    public record FileProblem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }
}

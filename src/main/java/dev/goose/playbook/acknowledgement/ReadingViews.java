package dev.goose.playbook.acknowledgement;

import java.time.Instant;
import java.util.List;

import dev.goose.people.Role;
import dev.goose.playbook.authoring.Views.DiffView;
import dev.goose.playbook.authoring.Views.PlaybookView;

/** What the acknowledgement API and pages show and take; never entities. */
public final class ReadingViews {

    private ReadingViews() {
    }

    /**
     * A playbook someone must read: its current version and, when they acknowledged an earlier one,
     * that version, to read the changes since.
     */
    public record ToRead(String slug, String title, int version, boolean major, Integer since) {

        /** Where the reader opens it. */
        public String link() {
            return "/to-read/" + slug;
        }
    }

    /**
     * A playbook as its reader opens it from the list: the current version, the changes since the
     * version they last acknowledged (when there is one), and where they stand.
     */
    public record Reading(PlaybookView page, boolean required, boolean inAudience, Integer since, DiffView changes,
            Integer acknowledgedVersion, Instant acknowledgedAt) {

        public int current() {
            return page.version().number();
        }

        public boolean acknowledgedCurrent() {
            return acknowledgedVersion != null && acknowledgedVersion == current();
        }
    }

    /** Acknowledge that the caller read this version of the playbook: it must be the current one. */
    public record AcknowledgeRequest(String playbook, Integer version) {
    }

    /** A recorded acknowledgement; {@code created} is false when it had been recorded before. */
    public record Acknowledged(String playbook, int version, Instant acknowledgedAt, boolean created) {
    }

    public record PersonRef(Long id, String name, Role role) {
    }

    /** One playbook: how many in its audience (of the people the caller sees) have read it, and who has not. */
    public record PlaybookReaders(String slug, String title, int version, int audience, int acknowledged,
            List<PersonRef> notAcknowledged) {
    }

    /** One person and what they have yet to acknowledge. */
    public record PersonReading(Long id, String name, Role role, List<ToRead> toRead) {
    }
}

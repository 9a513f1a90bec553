package dev.goose.playbook.authoring;

/** What clients send to the playbook API. */
public final class Requests {

    private Requests() {
    }

    public record MarkdownRequest(String markdown) {
    }

    public record DraftRequest(String markdown, Integer baseVersion) {
    }

    /** Publish on top of {@code baseVersion} (0 for a playbook never published). */
    public record PublishRequest(String markdown, Integer baseVersion, String note, Boolean major) {
    }

    /** A review; {@code sha256} of the text read, when given, makes sure it is still the text under review. */
    public record ReviewRequest(String comment, String sha256) {
    }

    public record ReviewRequirement(boolean required) {
    }
}

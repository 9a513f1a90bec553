package dev.goose.playbook;

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

    public record ReviewRequest(String comment) {
    }

    public record ReviewRequirement(boolean required) {
    }
}

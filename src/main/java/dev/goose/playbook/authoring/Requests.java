package dev.goose.playbook.authoring;

import jakarta.validation.constraints.NotNull;

/** What clients send to the playbook API. */
public final class Requests {

    static final String BASE_VERSION = "Say which version this text is based on (0 for a new playbook).";

    private Requests() {
    }

    /**
     * A text to start a playbook from, or to preview. Starting one needs a text, which the service
     * checks as Java does ({@code isBlank}, Unicode spaces too); {@code @NotBlank} trims only ASCII
     * ones, so it would let a text of em spaces through to the parser.
     */
    public record MarkdownRequest(String markdown) {
    }

    public record DraftRequest(String markdown, @NotNull(message = BASE_VERSION) Integer baseVersion) {
    }

    /** Publish on top of {@code baseVersion} (0 for a playbook never published). */
    public record PublishRequest(String markdown, @NotNull(message = BASE_VERSION) Integer baseVersion, String note,
            Boolean major) {
    }

    /** A review; {@code sha256} of the text read, when given, makes sure it is still the text under review. */
    public record ReviewRequest(String comment, String sha256) {
    }

    public record ReviewRequirement(boolean required) {
    }
}

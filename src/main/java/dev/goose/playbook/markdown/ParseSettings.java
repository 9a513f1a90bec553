package dev.goose.playbook.markdown;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What parsing needs to know from outside: the size limit, the stage keys that exist (an unknown
 * one is a warning), and how a linked file's path maps to a playbook slug.
 */
public record ParseSettings(int maxBytes, Set<String> stageKeys, Function<String, Optional<String>> linkResolver) {

    public static final Set<String> DEFAULT_STAGES = Set.of("prospecting", "discovery", "demo", "proposal",
            "negotiation", "closed-won", "closed-lost");

    /** Links resolve to the slug their path gives; the folder sync knows better where slugs were overridden. */
    public static ParseSettings defaults() {
        return new ParseSettings(1024 * 1024, DEFAULT_STAGES, path -> Optional.of(Slugs.ofPath(path)));
    }
}

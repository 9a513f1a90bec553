package dev.goose.playbook.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What parsing needs to know from outside: the size limit, the stage keys that exist (an unknown
 * one is a warning), how a linked file's path maps to a playbook slug, and the fenced blocks other
 * features read, by their info word.
 */
public record ParseSettings(int maxBytes, Set<String> stageKeys, Function<String, Optional<String>> linkResolver,
        Map<String, FencedBlock> blocks) {

    public ParseSettings {
        blocks = Map.copyOf(blocks);
    }

    /** Settings without fenced blocks of other features: their blocks stay code. */
    public ParseSettings(int maxBytes, Set<String> stageKeys, Function<String, Optional<String>> linkResolver) {
        this(maxBytes, stageKeys, linkResolver, Map.of());
    }

    public static final Set<String> DEFAULT_STAGES = Set.of("prospecting", "discovery", "demo", "proposal",
            "negotiation", "closed-won", "closed-lost");

    /** Links resolve to the slug their path gives; the folder sync knows better where slugs were overridden. */
    public static ParseSettings defaults() {
        return new ParseSettings(1024 * 1024, DEFAULT_STAGES, path -> Optional.of(Slugs.ofPath(path)));
    }
}

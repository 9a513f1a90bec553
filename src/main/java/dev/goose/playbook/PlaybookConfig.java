package dev.goose.playbook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of playbooks and their folder. */
@ConfigMapping(prefix = "goose.playbooks")
public interface PlaybookConfig {

    /** The folder synced at start and on demand, relative to the working directory. */
    @WithDefault("playbooks")
    String folder();

    /** Sync the folder when Goose starts. */
    @WithDefault("true")
    boolean syncAtStart();

    /** The largest playbook source accepted, in bytes. */
    @WithDefault("1048576")
    int maxBytes();

    /** How deep lists and quotes may nest in a playbook; deeper ones are refused with their line. */
    @WithDefault("32")
    int maxNesting();

    /** How long reading one playbook may take before it is refused; bounds the work any text can cause. */
    @WithDefault("10s")
    java.time.Duration parseTimeLimit();
}

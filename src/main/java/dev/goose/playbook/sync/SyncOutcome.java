package dev.goose.playbook.sync;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What a folder sync did with one file. */
public enum SyncOutcome {
    CREATED("Synced: new playbook"),
    UPDATED("Synced: new version"),
    UNCHANGED("Unchanged"),
    SKIPPED("Skipped"),
    FAILED("Not synced"),
    REMOVED("No longer in the folder");

    private final String label;

    SyncOutcome(String label) {
        this.label = label;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The page's tag class: red for a file that did not sync, grey for one that is gone. */
    public String style() {
        return this == FAILED ? "bad" : this == REMOVED || this == SKIPPED ? "off" : "";
    }

    /** Stored by its lower-case key, the word the API uses. */
    @Converter
    public static class Column implements AttributeConverter<SyncOutcome, String> {

        @Override
        public String convertToDatabaseColumn(SyncOutcome outcome) {
            return outcome == null ? null : outcome.key();
        }

        @Override
        public SyncOutcome convertToEntityAttribute(String key) {
            return key == null ? null : Arrays.stream(values()).filter(o -> o.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown sync outcome " + key));
        }
    }
}

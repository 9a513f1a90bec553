package dev.goose.playbook.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a playbook is for. */
public enum Kind {
    SALES, ONBOARDING, REFERENCE;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case SALES -> "Sales";
            case ONBOARDING -> "Onboarding";
            case REFERENCE -> "Reference";
        };
    }

    public static Optional<Kind> fromKey(String key) {
        return key == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.key().equals(key.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}

package dev.goose.web;

import java.util.Map;

/**
 * The one-line confirmations shown after a redirect ({@code ?done=deactivated}). Only known keys
 * produce text, so the address cannot be used to put words on a Goose page.
 */
public final class Notice {

    private static final Map<String, String> MESSAGES = Map.of(
            "saved", "Saved.",
            "created", "Created.",
            "deactivated", "Deactivated.",
            "reactivated", "Reactivated.",
            "unlocked", "Unlocked: they can sign in again.");

    private Notice() {
    }

    /** The message for a key, or null for none or an unknown one. */
    public static String of(String key) {
        return key == null ? null : MESSAGES.get(key);
    }
}

package dev.goose.onboarding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person shows for a done item: a note, a link, both or neither. Blank parts are absent.
 * A link must be an absolute http or https address, so that it opens a page and never runs a script.
 */
record Evidence(String note, String link) {

    static final int MAX_NOTE = 2000;
    static final int MAX_LINK = 2000;
    static final Evidence NONE = new Evidence(null, null);

    public Evidence {
        note = blankToNull(note);
        link = blankToNull(link);
    }

    boolean isEmpty() {
        return note == null && link == null;
    }

    /** The first thing wrong with this evidence, if anything. */
    Optional<Refusal> problem() {
        if (note != null && note.length() > MAX_NOTE) {
            return Optional.of(Refusal.invalid("note", "A note may be at most " + MAX_NOTE + " characters long."));
        }
        if (link != null && (link.length() > MAX_LINK || !isWebAddress(link))) {
            return Optional.of(Refusal.invalid("link", "A link must be a web address starting with http:// or https://,"
                    + " at most " + MAX_LINK + " characters long."));
        }
        return Optional.empty();
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package dev.goose.web;

/**
 * What text Goose stores: no NUL (PostgreSQL cannot hold it, H2 would) and no other control
 * characters that nobody can type or see, nor halves of a UTF-16 pair. Tab, line feed and carriage
 * return are text, as notes and playbooks are written with them.
 */
public final class Text {

    private Text() {
    }

    /** What is wrong with the text, in words for a person, or null when nothing is. */
    public static String problemWith(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return String.format("Text cannot hold the control character U+%04X (character %d): remove it.", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Text cannot hold half a character pair (a lone surrogate, character " + (i + 1) + "): remove it.";
            }
        }
        return null;
    }
}

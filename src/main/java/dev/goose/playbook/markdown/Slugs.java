package dev.goose.playbook.markdown;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable, readable identifiers made from text: "Confirm the budget owner!" becomes "confirm-the-budget-owner". */
public final class Slugs {

    static final int MAX_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    static final Pattern VALID_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");
    static final Pattern VALID_PLAYBOOK_SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*");

    /** Words in Goose's playbook addresses that a slug, or a slug's last part, cannot be. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("new", "search", "preview", "sync",
            "review-due", "diff", "edit", "draft", "versions", "review", "publish", "review-required", "discard");

    private Slugs() {
    }

    public static boolean isReserved(String slug) {
        return reservedWord(slug).isPresent();
    }

    /** The reserved word a slug ends with, so that a refusal can name it. */
    public static java.util.Optional<String> reservedWord(String slug) {
        String last = slug.substring(slug.lastIndexOf('/') + 1);
        return RESERVED.contains(slug) ? java.util.Optional.of(slug)
                : RESERVED.contains(last) ? java.util.Optional.of(last) : java.util.Optional.empty();
    }

    /** Why a slug cannot be used: the word it ends with is one of Goose's addresses. */
    static String reservedMessage(String slug) {
        String word = reservedWord(slug).orElse(slug);
        return word.equals(slug) ? "'" + slug + "' is a word Goose's addresses use (/playbooks/" + word + ")"
                : "'" + slug + "' ends with '" + word + "', a word Goose's addresses use (/playbooks/.../" + word + ")";
    }

    public static String of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimDashes(slug.substring(0, MAX_LENGTH));
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** The slug a playbook file gets from its path in the folder: "Sales/Discovery Calls.md" is "sales/discovery-calls". */
    public static String ofPath(String path) {
        String withoutExtension = path.replaceAll("(?i)\\.(md|markdown)$", "");
        StringBuilder slug = new StringBuilder();
        for (String part : withoutExtension.split("/")) {
            if (!part.isBlank()) {
                slug.append(slug.isEmpty() ? "" : "/").append(of(part));
            }
        }
        return slug.toString();
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}

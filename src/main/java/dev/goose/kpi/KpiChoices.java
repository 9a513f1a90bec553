package dev.goose.kpi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words the API and forms use for KPI enums: lower case with hyphens ("higher-is-better"),
 * read back in any case and with hyphens or underscores, so "HIGHER_IS_BETTER" works too.
 */
public final class KpiChoices {

    private KpiChoices() {
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String wanted = raw.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
    }

    /** "higher-is-better" for HIGHER_IS_BETTER; null for null. */
    public static String word(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "count, currency, percent or days", for the message that says what is allowed. */
    public static <E extends Enum<E>> String allowed(Class<E> type) {
        String[] words = Arrays.stream(type.getEnumConstants()).map(KpiChoices::word).toArray(String[]::new);
        if (words.length == 1) {
            return words[0];
        }
        return Arrays.stream(words, 0, words.length - 1).collect(Collectors.joining(", ")) + " or " + words[words.length - 1];
    }
}

package dev.goose.csv;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The header row of an import, checked alike for every importer so that a wrong file is refused
 * with the same words wherever it is uploaded. Each importer reports the problems in its own
 * type, so a problem is handed over as its column ("" for the whole row) and message.
 */
public final class CsvHeader {

    private CsvHeader() {
    }

    /** Reports an empty header, unknown and repeated columns, then each required column missing. */
    public static void check(List<String> header, List<String> columns, Collection<String> required,
            BiConsumer<String, String> problem) {
        if (header.isEmpty()) {
            problem.accept("", "The first row must name the columns: " + String.join(",", columns) + ".");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!columns.contains(column)) {
                problem.accept(column, "Unknown column; the columns are " + String.join(", ", columns) + ".");
            } else if (!seen.add(column)) {
                problem.accept(column, "This column appears twice.");
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problem.accept(column, "This column is missing.");
            }
        }
    }
}

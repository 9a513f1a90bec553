package dev.goose.kpi.funnel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goose.kpi.ScriptEntry;

/**
 * Every recorded entry of deals into one stage, with the script version the deal met there and
 * whether it then reached a later stage of the pipeline before entering the stage again: the
 * input of script effectiveness.
 *
 * <p>The version is the one kept on the entry. Entries recorded before that was kept fall back on
 * what the history does say: a deal's first change already names the guides of the stage it was
 * created in, and otherwise the change that took the deal out of the stage names the guides it
 * showed while there. With neither, the entry has no script.
 */
final class ScriptEntries {

    private ScriptEntries() {
    }

    public static List<ScriptEntry> of(List<String> stageKeys, String stage, Collection<ChangeRow> changes) {
        int position = stageKeys.indexOf(stage);
        if (position < 0) {
            throw new IllegalArgumentException("stage " + stage + " is not in the pipeline");
        }
        List<ScriptEntry> entries = new ArrayList<>();
        for (List<ChangeRow> history : byDeal(changes).values()) {
            for (int i = 0; i < history.size(); i++) {
                ChangeRow entry = history.get(i);
                if (entry.toStage().equals(stage)) {
                    entries.add(new ScriptEntry(entry.dealId(), version(history, i), advanced(history, i, stageKeys, position)));
                }
            }
        }
        return entries;
    }

    private static String version(List<ChangeRow> history, int entry) {
        ChangeRow change = history.get(entry);
        if (change.enteredGuides() != null) {
            return change.enteredGuides();
        }
        if (change.fromStage() == null) {
            return change.guideVersions();
        }
        if (entry + 1 < history.size() && change.toStage().equals(history.get(entry + 1).fromStage())) {
            return history.get(entry + 1).guideVersions();
        }
        return null;
    }

    /** Until the deal enters the stage again: a later entry, under its own version, takes the credit from there on. */
    private static boolean advanced(List<ChangeRow> history, int entry, List<String> stageKeys, int position) {
        for (int later = entry + 1; later < history.size(); later++) {
            int reached = stageKeys.indexOf(history.get(later).toStage());
            if (reached > position) {
                return true;
            }
            if (reached == position) {
                return false;
            }
        }
        return false;
    }

    private static Map<String, List<ChangeRow>> byDeal(Collection<ChangeRow> changes) {
        Map<String, List<ChangeRow>> byDeal = new LinkedHashMap<>();
        for (ChangeRow change : changes) {
            byDeal.computeIfAbsent(change.dealId(), id -> new ArrayList<>()).add(change);
        }
        // Stable, as in Funnel: changes at the same instant keep the order they were read in.
        byDeal.values().forEach(history -> history.sort(Comparator.comparing(ChangeRow::at)));
        return byDeal;
    }
}

package dev.goose.kpi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversion out of one stage split by the script version current when each deal entered it, so
 * a manager can see whether a new script helps. A deal counts once per version, and as advanced
 * if any of its entries under that version advanced. Versions come oldest first by the number
 * after the last "@", so "@10" follows "@9"; entries without a script come last as "no script".
 */
public final class ScriptEffectiveness {

    public static final String NO_SCRIPT = "no script";

    private ScriptEffectiveness() {
    }

    public static List<VersionConversion> of(Collection<ScriptEntry> entries) {
        Map<String, Map<String, Boolean>> dealsByVersion = new LinkedHashMap<>();
        for (ScriptEntry entry : entries) {
            String version = entry.guideVersion() == null || entry.guideVersion().isBlank() ? NO_SCRIPT : entry.guideVersion();
            dealsByVersion.computeIfAbsent(version, v -> new LinkedHashMap<>())
                    .merge(entry.dealId(), entry.advanced(), Boolean::logicalOr);
        }
        List<VersionConversion> versions = new ArrayList<>();
        dealsByVersion.forEach((version, deals) -> {
            int advanced = (int) deals.values().stream().filter(Boolean::booleanValue).count();
            versions.add(new VersionConversion(version, deals.size(), advanced, Ratio.of(advanced, deals.size())));
        });
        versions.sort(Comparator.comparing((VersionConversion v) -> v.version().equals(NO_SCRIPT))
                .thenComparing(v -> number(v.version()))
                .thenComparing(VersionConversion::version));
        return versions;
    }

    /** The version number after the last "@", or the largest number for a label without one. */
    private static long number(String version) {
        int at = version.lastIndexOf('@');
        try {
            return at < 0 ? Long.MAX_VALUE : Long.parseLong(version.substring(at + 1));
        } catch (NumberFormatException notANumber) {
            return Long.MAX_VALUE;
        }
    }
}

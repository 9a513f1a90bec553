package dev.goose.kpi;

import java.util.Objects;

/**
 * A deal entering a stage, with the version of that stage's script current at the time, such as
 * "sales/stages@3", and whether the deal later reached a later stage.
 *
 * @param guideVersion {@code null} when the stage had no script when the deal entered it
 */
public record ScriptEntry(String dealId, String guideVersion, boolean advanced) {

    public ScriptEntry {
        Objects.requireNonNull(dealId, "dealId");
    }
}

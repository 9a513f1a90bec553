package dev.goose.kpi.funnel;

import java.time.Instant;
import java.util.Objects;

import dev.goose.kpi.StageChange;

/**
 * One stage change as the funnel reads it: stage keys instead of stages, and the guide labels.
 *
 * @param fromStage      the stage left, {@code null} when the deal was created in {@code toStage}
 * @param enteredGuides  the guides of the stage entered, current at the move; {@code null} for
 *                       moves recorded before they were kept
 * @param guideVersions  the guides the deal showed: of the stage left, or for a new deal of the stage it starts in
 */
record ChangeRow(String dealId, String fromStage, String toStage, Instant at, String enteredGuides, String guideVersions) {

    public ChangeRow {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(toStage, "toStage");
        Objects.requireNonNull(at, "at");
    }

    StageChange change() {
        return new StageChange(dealId, fromStage, toStage, at);
    }
}

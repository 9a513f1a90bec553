package dev.goose.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * A deal moving from one stage to another, as recorded in its stage history.
 *
 * @param fromStage the stage left, or {@code null} when the deal was created in {@code toStage}
 */
public record StageChange(String dealId, String fromStage, String toStage, Instant at) {

    public StageChange {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(toStage, "toStage");
        Objects.requireNonNull(at, "at");
    }
}

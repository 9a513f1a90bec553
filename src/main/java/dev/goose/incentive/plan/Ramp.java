package dev.goose.incentive.plan;

import java.math.BigDecimal;

/**
 * What a plan gives a new hire while their pipeline fills, for the first {@code periods} pay periods
 * counted from their onboarding start (the period holding that day is the first):
 * <ul>
 * <li>a guarantee tops their variable pay up to {@code amount} each period and is never paid back;</li>
 * <li>a draw advances what their variable pay falls short of {@code amount}; the balance carries
 * from period to period and is recovered from what they earn above the draw, and after the draw's
 * periods from all they earn, for as many periods again. What is left then is written off.</li>
 * </ul>
 */
public record Ramp(Kind kind, BigDecimal amount, int periods) {

    public enum Kind {
        GUARANTEE, DRAW
    }

    public String key() {
        return kind == Kind.GUARANTEE ? "guarantee" : "draw";
    }
}

package dev.goose.kpi;

/**
 * How a derived KPI is computed from deals and their stage history, for one owner and period.
 * The two stage derivations take a stage key: the stage converted out of, or (optionally) the
 * stage advanced into.
 */
public enum Derivation {
    /** Deals moved to a won stage in the period. */
    DEALS_WON(Unit.COUNT, Direction.HIGHER_IS_BETTER, false),
    /** The amount of those deals, each person credited their share of a split deal. */
    REVENUE_WON(Unit.CURRENCY, Direction.HIGHER_IS_BETTER, false),
    /** The gross margin of those deals, by share of the credit as revenue is; a deal with no margin given adds none. */
    MARGIN_WON(Unit.CURRENCY, Direction.HIGHER_IS_BETTER, false),
    /** Won out of closed (won or lost) in the period, as a percent. */
    WIN_RATE(Unit.PERCENT, Direction.HIGHER_IS_BETTER, false),
    /** Average days from creation to win of the deals won in the period. */
    CYCLE_DAYS(Unit.DAYS, Direction.LOWER_IS_BETTER, false),
    /** The amount of the deals created in the period. */
    PIPELINE_CREATED(Unit.CURRENCY, Direction.HIGHER_IS_BETTER, false),
    /** Moves to a later open or won stage in the period, or only those into the stage named. */
    STAGE_ADVANCES(Unit.COUNT, Direction.HIGHER_IS_BETTER, false),
    /** Of the deals that entered the stage named in the period, the percent that went on to a later stage. */
    STAGE_CONVERSION(Unit.PERCENT, Direction.HIGHER_IS_BETTER, true);

    private final Unit unit;
    private final Direction direction;
    private final boolean needsStage;

    Derivation(Unit unit, Direction direction, boolean needsStage) {
        this.unit = unit;
        this.direction = direction;
        this.needsStage = needsStage;
    }

    /** The unit the derivation yields; a derived KPI always has it. */
    public Unit unit() {
        return unit;
    }

    /** The direction that is good, the default for a new derived KPI. */
    public Direction direction() {
        return direction;
    }

    public boolean needsStage() {
        return needsStage;
    }

    public boolean takesStage() {
        return this == STAGE_CONVERSION || this == STAGE_ADVANCES;
    }
}

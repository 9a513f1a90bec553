package dev.goose.kpi;

/** The length of a target's period. Weeks are ISO weeks, starting on Monday. */
public enum PeriodKind {
    WEEK, MONTH, QUARTER
}

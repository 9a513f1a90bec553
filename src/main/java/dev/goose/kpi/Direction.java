package dev.goose.kpi;

/** Which way a KPI is good: more calls is better, fewer average cycle days is better. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}

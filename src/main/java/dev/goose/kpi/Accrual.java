package dev.goose.kpi;

/**
 * How a KPI's value grows over its period, which decides what pace expects by a given day.
 * Counts and sums build up, so by mid-month half the target is expected; averages and rates
 * (win rate, average cycle days) do not build up, so the whole target is expected all period.
 */
public enum Accrual {
    CUMULATIVE, LEVEL
}

package dev.goose.kpi;

/** Whether a KPI counts what reps do (calls, demos) or what comes of it (deals won, revenue). */
public enum Category {
    ACTIVITY, OUTCOME
}

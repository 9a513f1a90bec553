package dev.goose.kpi;

/** Where a KPI's numbers come from: reps log them, they are imported, or they are derived from deals. */
public enum Source {
    LOGGED, IMPORTED, DERIVED;

    /** Derived numbers are computed from deals, never typed in or imported. */
    public boolean takesMeasurements() {
        return this != DERIVED;
    }
}

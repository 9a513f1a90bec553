package dev.goose.kpi;

/** What a ramp counts its months from: the rep's onboarding start, or their hire date. */
public enum RampFrom {
    ONBOARDING, HIRE
}

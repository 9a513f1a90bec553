package dev.goose.kpi;

/** Where a rep stands against where they should be by today. */
public enum PaceStatus {
    AHEAD, ON_PACE, BEHIND, NO_TARGET
}

package dev.goose.kpi;

/** How a measurement came in: logged by a rep in Goose, imported from a CSV file, or sent through the API. */
public enum Origin {
    LOGGED, IMPORTED, API
}

package dev.goose.kpi;

/** Conversion out of a stage for the deals that entered it under one script version. */
public record VersionConversion(String version, int entered, int advanced, Ratio conversion) {

    /** For display only: "38%", or "no deals". */
    public String conversionDisplay() {
        return conversion.percentOr(StageConversion.NO_DEALS);
    }
}

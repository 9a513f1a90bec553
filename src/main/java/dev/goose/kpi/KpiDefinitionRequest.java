package dev.goose.kpi;

/**
 * What a manager sends to define a KPI or change one. Enum fields take the words the API shows
 * ("count", "higher-is-better"). On a change, the key, unit, source and derivation may be left out
 * but not changed; left out on creation, the direction and unit of a derived KPI come from its
 * derivation, the category is "activity" for numbers logged or imported and "outcome" for derived
 * ones, and the position is after the last KPI.
 */
public record KpiDefinitionRequest(String key, String name, String description, String unit, String direction,
        String category, String source, String derivation, String stageKey, Integer position, Boolean active) {

    public static KpiDefinitionRequest empty() {
        return new KpiDefinitionRequest(null, null, null, null, null, null, null, null, null, null, null);
    }
}

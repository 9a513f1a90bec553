package dev.goose.kpi;

/** A KPI definition as the API and pages show it; enums as lower-case words such as "higher-is-better". */
public record KpiDefinitionView(Long id, String key, String name, String description, String unit, String direction,
        String category, String source, String derivation, String stageKey, int position, boolean active) {

    public static KpiDefinitionView of(KpiDefinition kpi) {
        return new KpiDefinitionView(kpi.id, kpi.key, kpi.name, kpi.description, KpiChoices.word(kpi.unit),
                KpiChoices.word(kpi.direction), KpiChoices.word(kpi.category), KpiChoices.word(kpi.source),
                KpiChoices.word(kpi.derivation), kpi.stageKey, kpi.position, kpi.active);
    }
}

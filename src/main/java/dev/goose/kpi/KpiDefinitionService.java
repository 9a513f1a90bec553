package dev.goose.kpi;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;

import dev.goose.errors.NotAllowed;
import dev.goose.errors.NotFound;
import dev.goose.people.CurrentPerson;
import dev.goose.pipeline.Pipelines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use cases about KPI definitions: everyone reads the active ones; managers and admins define them. */
@ApplicationScoped
class KpiDefinitionService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    KpiAccess access;

    /** The active KPIs in dashboard order; inactive ones too when asked for by someone who defines KPIs. */
    @Transactional
    public List<KpiDefinitionView> list(boolean includeInactive) {
        boolean all = includeInactive && access.definesKpis(current.member());
        return (all ? KpiDefinition.allInOrder() : KpiDefinition.activeInOrder()).stream()
                .map(KpiDefinitionView::of).toList();
    }

    /** One KPI by key, active or not. */
    @Transactional
    public KpiDefinitionView get(String key) {
        return KpiDefinitionView.of(find(key));
    }

    /** Defines a new KPI; every field in error is named, and nothing is saved then. */
    @Transactional
    public KpiDefinitionView create(KpiDefinitionRequest request) {
        requireDefines();
        boolean taken = KpiDefinition.byKey(request.key()).isPresent();
        KpiDefinitionCheck.Fields fields = KpiDefinitionCheck.check(request, null, taken, stageKeys(), nextPosition());
        KpiDefinition kpi = new KpiDefinition();
        fields.applyTo(kpi);
        kpi.createdAt = clock.instant();
        kpi.persist();

        return KpiDefinitionView.of(kpi);
    }

    /** Changes a KPI's name, description, direction, category, stage, position or whether it is active. */
    @Transactional
    public KpiDefinitionView update(String key, KpiDefinitionRequest request) {
        requireDefines();
        KpiDefinition kpi = KpiDefinition.lockedByKey(key).orElseThrow(() -> new NotFound("The KPI"));
        KpiDefinitionCheck.check(request, KpiDefinitionCheck.Fields.of(kpi), false, stageKeys(), 0).applyTo(kpi);
        return KpiDefinitionView.of(kpi);
    }

    /** Activates or deactivates a KPI; an inactive one keeps its targets and measurements. */
    @Transactional
    public KpiDefinitionView setActive(String key, boolean active) {
        requireDefines();
        KpiDefinition kpi = KpiDefinition.lockedByKey(key).orElseThrow(() -> new NotFound("The KPI"));
        kpi.active = active;
        return KpiDefinitionView.of(kpi);
    }

    private static KpiDefinition find(String key) {
        return KpiDefinition.byKey(key).orElseThrow(() -> new NotFound("The KPI"));
    }

    private void requireDefines() {
        if (!access.definesKpis(current.member())) {
            throw new NotAllowed("Only managers and admins define KPIs.");
        }
    }

    private static HashSet<String> stageKeys() {
        return new HashSet<>(Pipelines.liveStageKeys());
    }

    private static int nextPosition() {
        return KpiDefinition.allInOrder().stream().mapToInt(k -> k.position).max().orElse(0) + 1;
    }
}

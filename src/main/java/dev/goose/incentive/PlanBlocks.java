package dev.goose.incentive;

import dev.goose.incentive.plan.PlanBlock;
import dev.goose.kpi.board.KpiResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Offers the playbook parser the incentive feature's {@code plan} block, so that plans are read where
 * they are written, with their KPI keys checked against the KPIs defined when the playbook is read.
 */
@ApplicationScoped
public class PlanBlocks extends PlanBlock {

    @Inject
    public PlanBlocks(KpiResults kpis) {
        super(kpis::definedKeys);
    }

    /** For the container's proxy only. */
    protected PlanBlocks() {
        super();
    }
}

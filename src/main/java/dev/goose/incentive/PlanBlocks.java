package dev.goose.incentive;

import dev.goose.incentive.pay.PayoutCurves;
import dev.goose.incentive.plan.Money;
import dev.goose.incentive.plan.Outlook;
import dev.goose.incentive.plan.Plan;
import dev.goose.incentive.plan.PlanBlock;
import dev.goose.kpi.board.KpiResults;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Offers the playbook parser the incentive feature's {@code plan} block, so that plans are read where
 * they are written, with their KPI keys checked against the KPIs defined when the playbook is read.
 * A plan with commission is shown with its payout curve, drawn by the same tag as on My pay; the
 * drawing is a figure block of HTML, which the playbook's sanitizer lets through as a chart.
 */
@ApplicationScoped
class PlanBlocks extends PlanBlock {

    private final Template curve;

    @Inject
    PlanBlocks(KpiResults kpis, @Location("tags/payoutCurve") Template curve) {
        super(kpis::definedKeys);
        this.curve = curve;
    }

    /** For the container's proxy only. */
    protected PlanBlocks() {
        super();
        this.curve = null;
    }

    @Override
    protected String shown(Plan plan) {
        String tables = super.shown(plan);
        if (plan.commission() == null) {
            return tables;
        }
        var points = Outlook.yearCurve(plan);
        String description = "Commission for a year at 0% to 150% of a quota of "
                + Money.format(Money.round(plan.commission().quota(), plan.currency()), plan.currency()) + ": "
                + PayoutCurves.inWords(points, plan.currency()) + ".";
        String svg = curve.data("curve", PayoutCurves.of(points, plan.currency(), "Commission for the year by attainment of quota", description))
                .render();
        // One block of HTML with no blank line in it, so that Markdown keeps it whole.
        return tables + "<figure class=\"payout\">" + svg.strip().replaceAll("\\s*\\n\\s*", "")
                + "<figcaption>Commission for the year by attainment of quota, from 0% to 150%.</figcaption></figure>\n\n";
    }
}

package dev.goose.kpi.funnel;

import dev.goose.kpi.funnel.FunnelViews.FunnelReport;
import io.quarkus.qute.TemplateExtension;

/** What templates may ask of a funnel report beyond its numbers: its chart, worked out in plain Java. */
@TemplateExtension
final class FunnelDrawing {

    private FunnelDrawing() {
    }

    /** {@code funnel.chart('funnel')}: the report drawn, with ids inside it prefixed by {@code id}. */
    static FunnelChart chart(FunnelReport report, String id) {
        return FunnelChart.of(report, id);
    }
}

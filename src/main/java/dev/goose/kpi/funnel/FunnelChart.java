package dev.goose.kpi.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.goose.kpi.funnel.FunnelViews.FunnelReport;
import dev.goose.kpi.funnel.FunnelViews.StageRow;
import dev.goose.web.Html;

/**
 * Draws a funnel as SVG: a horizontal bar per stage as long as the deals that entered it, the
 * count on the bar and the conversion to the next stage written beside it. The biggest drop is
 * hatched and labelled in words, so the chart reads without colour; a title and a description
 * carry the same numbers for screen readers. Every text from data is escaped.
 */
public final class FunnelChart {

    private static final int WIDTH = 680;
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_MAX = 300;
    private static final int ROW = 40;
    private static final int BAR = 26;
    private static final int TOP = 8;

    private FunnelChart() {
    }

    /** The chart; {@code id} prefixes the ids inside it, so two charts can share a page. */
    public static String svg(FunnelReport report, String id) {
        String prefix = Html.escape(id);
        List<StageRow> stages = report.stages();
        int most = stages.stream().mapToInt(StageRow::entered).max().orElse(0);
        int height = TOP * 2 + Math.max(1, stages.size()) * ROW;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"funnel-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-labelledby=\"")
                .append(prefix).append("-title ").append(prefix).append("-desc\">");
        svg.append("<title id=\"").append(prefix).append("-title\">").append(Html.escape(title(report))).append("</title>");
        svg.append("<desc id=\"").append(prefix).append("-desc\">").append(Html.escape(description(report))).append("</desc>");
        svg.append("<defs><pattern id=\"").append(prefix).append("-hatch\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fdecea\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#b42318\" stroke-width=\"3\"/></pattern></defs>");
        if (stages.isEmpty()) {
            svg.append("<text x=\"0\" y=\"28\" font-size=\"14\" fill=\"#5f6b7a\">This pipeline has no stages.</text>");
        }
        for (int i = 0; i < stages.size(); i++) {
            bar(svg, stages.get(i), i, most, i == stages.size() - 1, stages.get(i).stage().equals(report.biggestDrop()), prefix);
        }
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, StageRow stage, int index, int most, boolean last, boolean drop, String prefix) {
        int y = TOP + index * ROW;
        int middle = y + BAR / 2 + 5;
        int length = most == 0 ? 0 : Math.max(2, Math.round((float) stage.entered() * BAR_MAX / most));
        svg.append("<g class=\"funnel-stage").append(drop ? " funnel-drop" : "").append("\">");
        svg.append(text(LABEL_WIDTH - 10, middle, "end", "#1d2430", stage.name()));
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(BAR_MAX)
                .append("\" height=\"").append(BAR).append("\" fill=\"none\" stroke=\"#dde3ea\"/>");
        svg.append("<rect class=\"funnel-bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                .append(length).append("\" height=\"").append(BAR).append("\" fill=\"")
                .append(drop ? "url(#" + prefix + "-hatch)" : "#1f6f5c").append('"')
                .append(drop ? " stroke=\"#b42318\" stroke-width=\"2\"" : "").append("/>");
        svg.append(text(LABEL_WIDTH + 6, middle, "start", length > 90 && !drop ? "#ffffff" : "#1d2430",
                stage.entered() + " entered"));
        List<String> notes = new ArrayList<>();
        if (!last) {
            notes.add(stage.conversionDisplay() + " to next");
        }
        if (drop) {
            notes.add("Biggest drop");
        }
        if (!notes.isEmpty()) {
            svg.append(text(LABEL_WIDTH + BAR_MAX + 10, middle, "start", drop ? "#b42318" : "#1d2430", String.join(", ", notes)));
        }
        svg.append("</g>");
    }

    private static String text(int x, int y, String anchor, String fill, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"14\" fill=\"%s\">%s</text>",
                x, y, anchor, fill, Html.escape(content));
    }

    private static String title(FunnelReport report) {
        return "Funnel of " + report.pipelineName() + " for " + report.scope() + ", deals created " + report.from() + " to " + report.to();
    }

    private static String description(FunnelReport report) {
        List<String> parts = new ArrayList<>();
        List<StageRow> stages = report.stages();
        for (int i = 0; i < stages.size(); i++) {
            StageRow stage = stages.get(i);
            parts.add(stage.name() + ": " + stage.entered() + " entered"
                    + (i == stages.size() - 1 ? "" : ", " + stage.advanced() + " went on (" + stage.conversionDisplay() + ")"));
        }
        String drop = stages.stream().filter(s -> s.stage().equals(report.biggestDrop())).map(s -> " Biggest drop: " + s.name() + ".")
                .findFirst().orElse("");
        return String.join("; ", parts) + "." + drop;
    }
}

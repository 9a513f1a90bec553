package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import dev.goose.kpi.Unit;
import dev.goose.web.Html;

/**
 * Charts drawn on the server as SVG, readable without colour: every bar carries its number as
 * text, targets are dashed lines named in a legend, statuses are words and symbols, and each chart
 * has a title and a description listing its values for screen readers.
 */
public final class Charts {

    /** One period of a trend: its label, the actual (empty when there is none) and the target. */
    public record Point(String label, Optional<BigDecimal> actual, Optional<BigDecimal> target) {
    }

    /** One bar of an attainment chart: whose, the percent of target, and the status as a key and in words. */
    public record Bar(String label, Optional<Integer> percent, String statusKey, String status) {
    }

    private static final int TREND_WIDTH = 360;
    private static final int TREND_HEIGHT = 150;
    private static final int BASE = 120;
    private static final int TOP = 18;

    private Charts() {
    }

    /** Bars of the actual per period, with the target of each period as a dashed line over its bar. */
    public static String trend(String title, Unit unit, List<Point> points) {
        BigDecimal max = BigDecimal.ONE;
        for (Point p : points) {
            max = p.actual().filter(a -> a.compareTo(BigDecimal.ZERO) > 0).map(max::max).orElse(max);
            max = p.target().map(max::max).orElse(max);
        }
        int slot = (TREND_WIDTH - 20) / Math.max(1, points.size());
        StringBuilder svg = open(TREND_WIDTH, TREND_HEIGHT, title, describeTrend(unit, points));
        svg.append("<line class=\"axis\" x1=\"10\" y1=\"").append(BASE).append("\" x2=\"").append(TREND_WIDTH - 10)
                .append("\" y2=\"").append(BASE).append("\"/>");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int x = 10 + i * slot;
            int barWidth = Math.max(4, slot - 12);
            if (p.actual().isPresent()) {
                int h = height(p.actual().get(), max);
                svg.append("<rect class=\"bar\" x=\"").append(x + 6).append("\" y=\"").append(BASE - h).append("\" width=\"")
                        .append(barWidth).append("\" height=\"").append(h).append("\"/>");
                svg.append("<text class=\"value\" x=\"").append(x + slot / 2).append("\" y=\"").append(BASE - h - 4)
                        .append("\" text-anchor=\"middle\">").append(Html.escape(compact(p.actual().get(), unit))).append("</text>");
            }
            if (p.target().isPresent()) {
                int y = BASE - height(p.target().get(), max);
                svg.append("<line class=\"target\" x1=\"").append(x + 2).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(x + slot - 2).append("\" y2=\"").append(y).append("\"/>");
            }
            svg.append("<text class=\"label\" x=\"").append(x + slot / 2).append("\" y=\"").append(BASE + 14)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(p.label())).append("</text>");
        }
        svg.append("<text class=\"legend\" x=\"10\" y=\"").append(TREND_HEIGHT - 2)
                .append("\">Bars: actual &#183; dashed line: target</text>");
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars of attainment, with a line at 100% and each bar's percent and status written beside it. */
    public static String attainment(String title, List<Bar> bars) {
        int rowHeight = 22;
        int labelWidth = 150;
        int barArea = 200;
        int width = labelWidth + barArea + 150;
        int height = 24 + bars.size() * rowHeight;
        int cap = 150;
        StringBuilder svg = open(width, height, title, describeBars(bars));
        int hundred = labelWidth + barArea * 100 / cap;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 6 + i * rowHeight;
            svg.append("<text class=\"label\" x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 13)
                    .append("\" text-anchor=\"end\">").append(Html.escape(bar.label())).append("</text>");
            int percent = bar.percent().orElse(0);
            int w = barArea * Math.min(percent, cap) / cap;
            svg.append("<rect class=\"bar status-").append(Html.escape(bar.statusKey())).append("\" x=\"").append(labelWidth)
                    .append("\" y=\"").append(y + 2).append("\" width=\"").append(w).append("\" height=\"14\"/>");
            String text = bar.percent().map(p -> p + "%").orElse("no target") + " &#183; " + symbol(bar.statusKey()) + " "
                    + Html.escape(bar.status());
            svg.append("<text class=\"value\" x=\"").append(labelWidth + w + 4).append("\" y=\"").append(y + 13).append("\">")
                    .append(text).append("</text>");
        }
        svg.append("<line class=\"target\" x1=\"").append(hundred).append("\" y1=\"2\" x2=\"").append(hundred)
                .append("\" y2=\"").append(height - 16).append("\"/>");
        svg.append("<text class=\"legend\" x=\"").append(hundred).append("\" y=\"").append(height - 4)
                .append("\" text-anchor=\"middle\">100% of target</text>");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title, String description) {
        return new StringBuilder(512).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\"><title>").append(Html.escape(title)).append("</title><desc>").append(Html.escape(description)).append("</desc>");
    }

    private static String describeTrend(Unit unit, List<Point> points) {
        StringBuilder text = new StringBuilder();
        for (Point p : points) {
            text.append(p.label()).append(": ").append(p.actual().map(a -> Numbers.format(a, unit)).orElse("no data"))
                    .append(p.target().map(t -> " of " + Numbers.format(t, unit)).orElse(", no target")).append(". ");
        }
        return text.toString().strip();
    }

    private static String describeBars(List<Bar> bars) {
        StringBuilder text = new StringBuilder();
        for (Bar bar : bars) {
            text.append(bar.label()).append(": ").append(bar.percent().map(p -> p + "% of target").orElse("no target"))
                    .append(", ").append(bar.status()).append(". ");
        }
        return text.toString().strip();
    }

    private static int height(BigDecimal value, BigDecimal max) {
        return value.signum() <= 0 ? 0 : value.multiply(BigDecimal.valueOf(BASE - TOP)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    private static String compact(BigDecimal value, Unit unit) {
        return Numbers.format(value, unit).replace(" days", "d");
    }

    /** The shape of a status as a character reference, valid in HTML and SVG alike: up, dot, down or dash. */
    static String symbol(String statusKey) {
        return switch (statusKey) {
            case "ahead" -> "&#9650;";
            case "on-pace" -> "&#9679;";
            case "behind" -> "&#9660;";
            default -> "&#8211;";
        };
    }
}

package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.goose.kpi.Unit;

/**
 * Charts drawn on the server as SVG, readable without colour: every bar carries its number as
 * text, targets are dashed lines named in a legend, statuses are words and symbols, and each chart
 * has a title and a description listing its values for screen readers. This class works out what
 * to draw and where; the tags {@code trendChart} and {@code attainmentChart} write the SVG.
 */
public final class Charts {

    /** One period of a trend: its label, the actual (empty when there is none) and the target. */
    public record Point(String label, Optional<BigDecimal> actual, Optional<BigDecimal> target) {
    }

    /** One bar of an attainment chart: whose, the percent of target, and the status as a key and in words. */
    public record Bar(String label, Optional<Integer> percent, String statusKey, String status) {
    }

    /** The top margin of a trend, above its tallest bar or target. */
    private static final int TOP = 18;

    private Charts() {
    }

    /** Bars of the actual per period, with the target of each period as a dashed line over its bar. */
    public static TrendChart trend(String title, Unit unit, List<Point> points) {
        BigDecimal max = BigDecimal.ONE;
        for (Point p : points) {
            max = p.actual().filter(a -> a.compareTo(BigDecimal.ZERO) > 0).map(max::max).orElse(max);
            max = p.target().map(max::max).orElse(max);
        }
        int slot = (TrendChart.WIDTH - 20) / Math.max(1, points.size());
        List<TrendChart.Column> columns = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            BigDecimal top = max;
            Integer bar = p.actual().map(a -> height(a, top)).orElse(null);
            Integer target = p.target().map(t -> TrendChart.BASE - height(t, top)).orElse(null);
            columns.add(new TrendChart.Column(10 + i * slot, slot, bar, p.actual().map(a -> compact(a, unit)).orElse(null), target,
                    p.label()));
        }
        return new TrendChart(title, describeTrend(unit, points), columns);
    }

    /** Horizontal bars of attainment, with a line at 100% and each bar's percent and status written beside it. */
    public static AttainmentChart attainment(String title, List<Bar> bars) {
        List<AttainmentChart.Row> rows = new ArrayList<>(bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int width = AttainmentChart.BAR_AREA * Math.min(bar.percent().orElse(0), AttainmentChart.CAP) / AttainmentChart.CAP;
            rows.add(new AttainmentChart.Row(bar.label(), 6 + i * AttainmentChart.ROW, width,
                    bar.percent().map(p -> p + "%").orElse("no target"), bar.statusKey(), bar.status()));
        }
        return new AttainmentChart(title, describeBars(bars), rows);
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
        return value.signum() <= 0 ? 0 : value.multiply(BigDecimal.valueOf(TrendChart.BASE - TOP)).divide(max, 0, RoundingMode.HALF_UP).intValue();
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

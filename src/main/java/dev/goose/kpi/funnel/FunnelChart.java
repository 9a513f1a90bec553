package dev.goose.kpi.funnel;

import java.util.ArrayList;
import java.util.List;

import dev.goose.kpi.funnel.FunnelViews.FunnelReport;
import dev.goose.kpi.funnel.FunnelViews.StageRow;

/**
 * A funnel ready for the tag {@code funnelChart}: a horizontal bar per stage as long as the deals
 * that entered it, the count on the bar and the conversion to the next stage written beside it. The
 * biggest drop is hatched and labelled in words, so the chart reads without colour; a title and a
 * description carry the same numbers for screen readers. What to draw and where is worked out here;
 * the template writes it, escaping every text from data.
 *
 * @param id prefixes the ids inside the chart, so two charts can share a page
 */
public record FunnelChart(String id, String title, String description, List<Stage> stages) {

    static final int WIDTH = 680;
    static final int LABEL_WIDTH = 170;
    static final int BAR_MAX = 300;
    static final int ROW = 40;
    static final int BAR = 26;
    static final int TOP = 8;

    /** The chart of a report; {@code id} prefixes the ids inside it. */
    public static FunnelChart of(FunnelReport report, String id) {
        List<StageRow> rows = report.stages();
        int most = rows.stream().mapToInt(StageRow::entered).max().orElse(0);
        List<Stage> stages = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            StageRow row = rows.get(i);
            int length = most == 0 ? 0 : Math.max(2, Math.round((float) row.entered() * BAR_MAX / most));
            boolean drop = row.stage().equals(report.biggestDrop());
            List<String> notes = new ArrayList<>();
            if (i < rows.size() - 1) {
                notes.add(row.conversionDisplay() + " to next");
            }
            if (drop) {
                notes.add("Biggest drop");
            }
            stages.add(new Stage(row.name(), TOP + i * ROW, length, drop, row.entered() + " entered", String.join(", ", notes)));
        }
        return new FunnelChart(id, title(report), description(report), stages);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return TOP * 2 + Math.max(1, stages.size()) * ROW;
    }

    /**
     * One stage's row starting at {@code y}: its name, the length of its bar, whether it is the biggest
     * drop, the count on the bar and the notes beside it (conversion, drop; empty for none).
     */
    public record Stage(String name, int y, int length, boolean drop, String entered, String notes) {

        public int nameX() {
            return LABEL_WIDTH - 10;
        }

        /** Where the row's texts stand: the bar's middle, moved down to centre a 14-pixel line. */
        public int middle() {
            return y + BAR / 2 + 5;
        }

        public int barX() {
            return LABEL_WIDTH;
        }

        public int barMax() {
            return BAR_MAX;
        }

        public int barHeight() {
            return BAR;
        }

        public int countX() {
            return LABEL_WIDTH + 6;
        }

        /** White on a long enough solid bar, dark on the hatching or beside a short bar. */
        public String countFill() {
            return length > 90 && !drop ? "#ffffff" : "#1d2430";
        }

        public int notesX() {
            return LABEL_WIDTH + BAR_MAX + 10;
        }

        public String notesFill() {
            return drop ? "#b42318" : "#1d2430";
        }
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

package dev.goose.kpi.board;

import java.util.List;

/**
 * Attainment ready for the tag {@code attainmentChart}: a horizontal bar per KPI, capped at 150% of
 * target, a line at 100%, and each bar's percent and status written beside it. Coordinates are
 * worked out here, so that the template only places them and escapes the text.
 *
 * @param description the values in words, for screen readers
 */
public record AttainmentChart(String title, String description, List<Row> rows) {

    static final int ROW = 22;
    static final int LABEL_WIDTH = 150;
    static final int BAR_AREA = 200;
    /** The percent a full bar stands for. */
    static final int CAP = 150;

    public int width() {
        return LABEL_WIDTH + BAR_AREA + 150;
    }

    public int height() {
        return 24 + rows.size() * ROW;
    }

    /** Where 100% of target falls. */
    public int hundred() {
        return LABEL_WIDTH + BAR_AREA * 100 / CAP;
    }

    public int lineEnd() {
        return height() - 16;
    }

    public int legendY() {
        return height() - 4;
    }

    /**
     * One KPI's bar in the row starting at {@code y}: its label, its percent in words ("45%" or
     * "no target"), and its status as a key (for the class and the symbol) and in words.
     */
    public record Row(String label, int y, int barWidth, String percent, String statusKey, String status) {

        public int labelX() {
            return LABEL_WIDTH - 6;
        }

        public int textY() {
            return y + 13;
        }

        public int barX() {
            return LABEL_WIDTH;
        }

        public int barY() {
            return y + 2;
        }

        public int valueX() {
            return LABEL_WIDTH + barWidth + 4;
        }

        /** The status's shape as a character reference, written unescaped. */
        public String symbol() {
            return Charts.symbol(statusKey);
        }
    }
}

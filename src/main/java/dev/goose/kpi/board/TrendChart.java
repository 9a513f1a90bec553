package dev.goose.kpi.board;

import java.util.List;

/**
 * A trend ready for the tag {@code trendChart}: bars of the actual per period, each period's target
 * as a dashed line over its bar. The coordinates are worked out here, in plain Java, so that the
 * template only places them and escapes the text.
 *
 * @param description the values in words, for screen readers
 */
public record TrendChart(String title, String description, List<Column> columns) {

    static final int WIDTH = 360;
    static final int HEIGHT = 150;
    /** Where bars stand, from the top. */
    static final int BASE = 120;

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int base() {
        return BASE;
    }

    public int axisEnd() {
        return WIDTH - 10;
    }

    public int labelY() {
        return BASE + 14;
    }

    public int legendY() {
        return HEIGHT - 2;
    }

    /**
     * One period in a slot of the chart that starts at {@code x}: its bar's height and value text
     * (null without an actual), the height of its target line (null without a target) and its label.
     */
    public record Column(int x, int slot, Integer barHeight, String value, Integer targetY, String label) {

        public boolean hasBar() {
            return barHeight != null;
        }

        public boolean hasTarget() {
            return targetY != null;
        }

        public int barX() {
            return x + 6;
        }

        public int barY() {
            return BASE - barHeight;
        }

        public int barWidth() {
            return Math.max(4, slot - 12);
        }

        public int valueY() {
            return BASE - barHeight - 4;
        }

        /** The middle of the slot, where the value and the label are centred. */
        public int middle() {
            return x + slot / 2;
        }

        public int targetStart() {
            return x + 2;
        }

        public int targetEnd() {
            return x + slot - 2;
        }
    }
}

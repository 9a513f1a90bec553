package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.goose.kpi.Unit;

/** KPI numbers for display, rounded only here: counts and money whole or to cents, percents and days to one place. */
final class Numbers {

    private Numbers() {
    }

    static String format(BigDecimal value, Unit unit) {
        return switch (unit) {
            case COUNT -> grouped(value.setScale(value.stripTrailingZeros().scale() > 0 ? 1 : 0, RoundingMode.HALF_UP));
            case CURRENCY -> grouped(value.setScale(value.stripTrailingZeros().scale() > 0 ? 2 : 0, RoundingMode.HALF_UP));
            case PERCENT -> plain(value.setScale(1, RoundingMode.HALF_UP)) + "%";
            case DAYS -> plain(value.setScale(1, RoundingMode.HALF_UP)) + " days";
        };
    }

    private static String plain(BigDecimal rounded) {
        String text = rounded.toPlainString();
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** Thousands separated by commas, the fraction kept as rounded: 12,500.50. Written out, as pages format hundreds of these. */
    private static String grouped(BigDecimal rounded) {
        String plain = rounded.toPlainString();
        boolean negative = plain.startsWith("-");
        int point = plain.indexOf('.');
        String whole = plain.substring(negative ? 1 : 0, point < 0 ? plain.length() : point);
        StringBuilder text = new StringBuilder(plain.length() + whole.length() / 3);
        if (negative) {
            text.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(whole.charAt(i));
        }
        return point < 0 ? text.toString() : text.append(plain, point, plain.length()).toString();
    }
}

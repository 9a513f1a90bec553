package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import dev.goose.kpi.Unit;

/** KPI numbers for display, rounded only here: counts and money whole or to cents, percents and days to one place. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(BigDecimal value, Unit unit) {
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

    private static String grouped(BigDecimal rounded) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(rounded.scale() == 2 ? 2 : 0);
        return format.format(rounded);
    }
}

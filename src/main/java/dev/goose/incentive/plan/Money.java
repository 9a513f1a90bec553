package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * The one rounding rule of pay: every line of a statement is rounded half up to the currency's minor
 * unit (cents for USD and EUR, none for JPY) as it is computed, and a total is the sum of its rounded
 * lines, so that the lines always add up to it.
 */
public final class Money {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal round(BigDecimal amount, Currency currency) {
        return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    /** A percent such as 15 as the factor 0.15, exactly. */
    static BigDecimal factor(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    /** Never changed: each call formats with a clone of it. */
    private static final NumberFormat US = NumberFormat.getCurrencyInstance(Locale.US);

    /** "$14,400.00" or "€18,000.00": the amount with its currency's symbol, for the words of a line. */
    public static String format(BigDecimal amount, Currency currency) {
        // A clone: looking the locale's format up each time was a twentieth of a Team pay page.
        NumberFormat format = (NumberFormat) US.clone();
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), amount.stripTrailingZeros().scale()));
        return format.format(amount);
    }

    /** "15%" or "12.5%". */
    public static String percent(BigDecimal percent) {
        BigDecimal plain = percent.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "%";
    }

    /** A share in percent of an amount, rounded half up to the minor unit: a split deal's credit. */
    public static BigDecimal shareOf(BigDecimal amount, BigDecimal percent, Currency currency) {
        return percent.compareTo(HUNDRED) == 0 ? amount
                : round(amount.multiply(percent).divide(HUNDRED, 10, java.math.RoundingMode.HALF_UP), currency);
    }
}

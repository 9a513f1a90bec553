package dev.goose.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A part over a whole, kept as its two exact numbers. The quotient is only taken when asked for,
 * to 16 significant digits since a third has no exact decimal, and a zero whole has no quotient
 * at all rather than an error: callers show "no target" or "no deals" in its place.
 */
public record Ratio(BigDecimal part, BigDecimal whole) {

    /** Enough for any quotient shown or compared; never rounded to display precision here. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Ratio {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
    }

    public static Ratio of(long part, long whole) {
        return new Ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public boolean isDefined() {
        return whole.signum() != 0;
    }

    /** The quotient, or empty when the whole is zero. */
    public Optional<BigDecimal> value() {
        return isDefined() ? Optional.of(part.divide(whole, PRECISION)) : Optional.empty();
    }

    /** For display only: the quotient as a whole percentage, half up, such as "83%". */
    public Optional<String> percent() {
        return value().map(v -> v.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    /** For display only: the percentage, or the words given when there is nothing to divide by. */
    public String percentOr(String whenUndefined) {
        return percent().orElse(whenUndefined);
    }
}

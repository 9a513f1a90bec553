package dev.goose.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A new rep's ramp: the share of the full target that applies in each month counted from a start
 * date (onboarding start or hire date), such as 25, 50, 75, 100 percent. Month one runs from the
 * start date to the day before the same date next month. After the last step the full target
 * applies; before the start date nothing is expected.
 *
 * <p>A period that straddles ramp months gets the day-weighted average of the daily factors, so a
 * quarter or a week crossing a step is neither over- nor under-asked, and a rep who starts in the
 * middle of a period has the days before the start counted at zero.
 *
 * @param percents the percent of the full target for month one, two, and so on, each 0 to 100
 */
public record Ramp(LocalDate start, List<BigDecimal> percents) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Ramp {
        Objects.requireNonNull(start, "start");
        percents = List.copyOf(percents);
        for (BigDecimal percent : percents) {
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("a ramp step is a percent from 0 to 100, not " + percent);
            }
        }
    }

    public static Ramp of(LocalDate start, int... percents) {
        return new Ramp(start, Arrays.stream(percents).mapToObj(BigDecimal::valueOf).toList());
    }

    /** The percent of the full target that applies on the date: 0 before the start, 100 after the ramp. */
    public BigDecimal percentOn(LocalDate date) {
        if (date.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        for (int month = 0; month < percents.size(); month++) {
            if (date.isBefore(start.plusMonths(month + 1))) {
                return percents.get(month);
            }
        }
        return HUNDRED;
    }

    /** The day-weighted share of the full target for the period, 0 to 1, to 16 significant digits. */
    public BigDecimal factor(Period period) {
        return new Ratio(percentDays(period), HUNDRED.multiply(BigDecimal.valueOf(period.days())))
                .value().orElseThrow();
    }

    /** The full target scaled by the ramp over the period, unrounded. */
    public BigDecimal target(BigDecimal fullTarget, Period period) {
        // One division at the end, so a target that comes out whole stays whole.
        BigDecimal whole = HUNDRED.multiply(BigDecimal.valueOf(period.days()));
        return new Ratio(fullTarget.multiply(percentDays(period)), whole).value().orElseThrow();
    }

    private BigDecimal percentDays(Period period) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
            sum = sum.add(percentOn(day));
        }
        return sum;
    }
}

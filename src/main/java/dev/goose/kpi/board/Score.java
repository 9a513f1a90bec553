package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import dev.goose.kpi.Attainment;
import dev.goose.kpi.Category;
import dev.goose.kpi.Direction;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.Pace;
import dev.goose.kpi.PaceStatus;
import dev.goose.kpi.Period;
import dev.goose.kpi.Tally;
import dev.goose.kpi.Unit;

/**
 * One KPI for one rep or team in one period: actual, target, attainment and pace, exact. Display
 * strings are rounded here and only here.
 *
 * @param actual   empty for an average or rate with nothing to average yet
 * @param target   empty without a target
 * @param expected where pace says the actual should be by today; empty without a target
 * @param status   empty when there is no actual to judge
 */
public record Score(String key, String name, Unit unit, Direction direction, Category category, boolean oneClick,
        Optional<BigDecimal> actual, Optional<BigDecimal> target, Optional<BigDecimal> expected, Optional<PaceStatus> status) {

    public static Score of(KpiDefinition kpi, Tally tally, Optional<BigDecimal> target, Period period, LocalDate today) {
        Optional<BigDecimal> actual = tally.value(kpi.accrual());
        Optional<BigDecimal> expected = Optional.empty();
        Optional<PaceStatus> status = Optional.empty();
        if (actual.isPresent()) {
            Pace pace = Pace.of(kpi.paceRule(), actual.get(), target.orElse(null), period, today);
            expected = pace.expected();
            status = Optional.of(pace.status());
        } else if (target.isEmpty() || target.get().signum() == 0) {
            status = Optional.of(PaceStatus.NO_TARGET);
        }
        return new Score(kpi.key, kpi.name, kpi.unit, kpi.direction, kpi.category, kpi.oneClick(), actual, target, expected, status);
    }

    /** Actual over target, or empty without a target or an actual. */
    public Optional<BigDecimal> attainment() {
        return actual.flatMap(a -> new Attainment(a, target.orElse(null)).ratio());
    }

    public String actualText() {
        return actual.map(a -> Numbers.format(a, unit)).orElse("no data yet");
    }

    public String targetText() {
        return target.filter(t -> t.signum() != 0).map(t -> Numbers.format(t, unit)).orElse(Attainment.NO_TARGET);
    }

    public String expectedText() {
        return expected.map(e -> Numbers.format(e, unit)).orElse("");
    }

    /** "83%", or "no target". */
    public String attainmentText() {
        return actual.isEmpty() ? (hasTarget() ? "no data yet" : Attainment.NO_TARGET)
                : new Attainment(actual.get(), target.orElse(null)).display();
    }

    /** The attainment as a whole percent for bars, 0 without one. */
    public int attainmentPercent() {
        return attainment().map(r -> r.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue()).orElse(0);
    }

    public boolean hasTarget() {
        return target.isPresent() && target.get().signum() != 0;
    }

    public boolean behind() {
        return status.filter(s -> s == PaceStatus.BEHIND).isPresent();
    }

    /** A CSS and test hook: ahead, on-pace, behind, no-target or no-data. */
    public String statusKey() {
        return status.map(s -> s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).orElse("no-data");
    }

    /** The status in words, so it reads without colour; pages put {@link #statusSymbol()} before it. */
    public String statusText() {
        return status.map(s -> switch (s) {
            case AHEAD -> "Ahead";
            case ON_PACE -> "On pace";
            case BEHIND -> "Behind";
            case NO_TARGET -> "No target";
        }).orElse("No data yet");
    }

    /**
     * The status's shape as an HTML character reference, written unescaped: up and down triangles,
     * a dot, a dash. References rather than the characters keep the pages ASCII, which renders and
     * writes faster.
     */
    public String statusSymbol() {
        return Charts.symbol(statusKey());
    }
}

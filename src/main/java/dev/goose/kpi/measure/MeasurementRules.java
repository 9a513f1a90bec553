package dev.goose.kpi.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.goose.kpi.FieldProblem;
import dev.goose.kpi.MeasurementCheck;
import dev.goose.kpi.Unit;

/** The rules every way of recording a number shares: logging, correcting and importing. */
final class MeasurementRules {

    public static final int MAX_NOTE = 500;
    public static final int MAX_REASON = 500;
    /** The column holds 19 digits, 4 of them after the point. */
    private static final int MAX_SCALE = 4;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private MeasurementRules() {
    }

    /** What is wrong with recording the value in the unit, in words; empty when it may be recorded. */
    public static List<String> valueProblems(Unit unit, BigDecimal value) {
        List<String> problems = new ArrayList<>(MeasurementCheck.check(unit.name(), value).stream()
                .map(FieldProblem::message).toList());
        if (value != null && problems.isEmpty()) {
            if (value.stripTrailingZeros().scale() > MAX_SCALE) {
                problems.add("Use at most " + MAX_SCALE + " decimals.");
            } else if (value.abs().compareTo(LIMIT) >= 0) {
                problems.add("This number is too large to record.");
            }
        }
        return problems;
    }

    /** Activity is recorded once it happened: a day after today where the person works is refused. */
    public static Optional<String> futureDate(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? Optional.of("The date " + date + " is in the future; today is " + today + ".") : Optional.empty();
    }

    /** A value as people read it: 1, not 1.0000; 2.5, not 2.5000. */
    public static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}

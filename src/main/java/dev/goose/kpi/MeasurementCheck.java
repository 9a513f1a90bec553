package dev.goose.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a value may be recorded in a KPI's unit, before anything is stored. Every problem is
 * returned, not only the first, so an import can list all of a row's errors at once.
 *
 * <p>Counts are whole and never negative; days are never negative; a percent runs from 0 to 100.
 * Currency may be negative, because refunds and corrections are recorded as negative amounts.
 */
public final class MeasurementCheck {

    public static final String UNIT = "unit";
    public static final String VALUE = "value";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeasurementCheck() {
    }

    /** The problems with recording the value in the unit named; empty when it may be recorded. */
    public static List<FieldProblem> check(String unitName, BigDecimal value) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Unit> unit = Unit.parse(unitName);
        if (unit.isEmpty()) {
            problems.add(new FieldProblem(UNIT, unknownUnit(unitName)));
        }
        if (value == null) {
            problems.add(new FieldProblem(VALUE, "A value is required."));
        } else {
            unit.flatMap(u -> valueProblem(u, value)).ifPresent(message -> problems.add(new FieldProblem(VALUE, message)));
        }
        return problems;
    }

    private static String unknownUnit(String unitName) {
        String known = Arrays.stream(Unit.values()).map(Unit::key).collect(Collectors.joining(", "));
        if (unitName == null || unitName.isBlank()) {
            return "A unit is required: one of " + known + ".";
        }
        return "Unknown unit \"" + unitName.strip() + "\": use one of " + known + ".";
    }

    private static Optional<String> valueProblem(Unit unit, BigDecimal value) {
        return switch (unit) {
            case COUNT -> value.signum() < 0 ? Optional.of("A count cannot be negative.")
                    : value.stripTrailingZeros().scale() > 0 ? Optional.of("A count is a whole number.")
                    : Optional.empty();
            case DAYS -> value.signum() < 0 ? Optional.of("Days cannot be negative.") : Optional.empty();
            case PERCENT -> value.signum() < 0 || value.compareTo(HUNDRED) > 0
                    ? Optional.of("A percent is from 0 to 100.") : Optional.empty();
            case CURRENCY -> Optional.empty();
        };
    }
}

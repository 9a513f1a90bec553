package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The line a guarantee or a draw adds to a statement. Variable pay is every line but the base; the
 * period's number counts from the one holding the ramp's start. Amounts are rounded to the currency's
 * minor unit as every line is.
 */
public final class Ramps {

    private Ramps() {
    }

    /** The variable pay of a statement: all its lines but the base. */
    public static BigDecimal variable(Statement statement) {
        return statement.lines().stream().filter(l -> !"base".equals(l.component())).map(Statement.Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * @param number    the period's number from the ramp's start, 1 for the first
     * @param prior     the variable pay of each period before it since the ramp's start, in order (draws only);
     *                  null for a period the plan did not pay, in which nothing is drawn or recovered
     * @param rampStart the day the ramp counts from, named on the line
     */
    public static Optional<Statement.Line> line(Ramp ramp, String part, int number, List<BigDecimal> prior, BigDecimal variable,
            LocalDate rampStart, Currency currency) {
        if (number < 1) {
            return Optional.empty();
        }
        return ramp.kind() == Ramp.Kind.GUARANTEE ? guarantee(ramp, part, number, variable, rampStart, currency)
                : draw(ramp, part, number, prior, variable, rampStart, currency);
    }

    private static Optional<Statement.Line> guarantee(Ramp ramp, String part, int number, BigDecimal variable, LocalDate start,
            Currency currency) {
        if (number > ramp.periods()) {
            return Optional.empty();
        }
        String head = "Guarantee, period " + number + " of " + ramp.periods() + " from " + start + ": variable pay "
                + Money.format(Money.round(variable, currency), currency);
        BigDecimal topUp = Money.round(ramp.amount().subtract(variable), currency);
        if (topUp.signum() <= 0) {
            return Optional.of(new Statement.Line(part, "guarantee", head + " reaches the guaranteed " + money(ramp.amount(), currency)
                    + ", so nothing is topped up", Money.round(BigDecimal.ZERO, currency), null));
        }
        return Optional.of(new Statement.Line(part, "guarantee", head + " is below the guaranteed " + money(ramp.amount(), currency)
                + ", topped up by " + Money.format(topUp, currency), topUp, null));
    }

    /** One period of a draw: what it advances or recovers, with the balance carried from the periods before. */
    record DrawStep(BigDecimal amount, BigDecimal balanceBefore, BigDecimal balanceAfter) {
    }

    static List<DrawStep> steps(Ramp ramp, List<BigDecimal> variables, Currency currency) {
        List<DrawStep> steps = new ArrayList<>();
        BigDecimal balance = Money.round(BigDecimal.ZERO, currency);
        for (int k = 1; k <= variables.size(); k++) {
            BigDecimal drawn = k <= ramp.periods() ? ramp.amount() : BigDecimal.ZERO;
            BigDecimal earned = variables.get(k - 1);
            BigDecimal amount;
            if (k > 2 * ramp.periods() || earned == null) {
                amount = Money.round(BigDecimal.ZERO, currency);
            } else if (earned.compareTo(drawn) < 0) {
                amount = Money.round(drawn.subtract(earned), currency);
            } else {
                amount = Money.round(earned.subtract(drawn).min(balance), currency).negate();
            }
            steps.add(new DrawStep(amount, balance, balance.add(amount)));
            balance = balance.add(amount);
        }
        return steps;
    }

    private static Optional<Statement.Line> draw(Ramp ramp, String part, int number, List<BigDecimal> prior, BigDecimal variable,
            LocalDate start, Currency currency) {
        if (number > 2 * ramp.periods()) {
            return Optional.empty();
        }
        List<BigDecimal> variables = new ArrayList<>(prior);
        variables.add(variable);
        DrawStep step = steps(ramp, variables, currency).get(variables.size() - 1);
        boolean drawing = number <= ramp.periods();
        String head = (drawing ? "Draw, period " + number + " of " + ramp.periods() : "Draw recovery, period " + (number - ramp.periods())
                + " of " + ramp.periods() + " after the draw") + " from " + start + ": variable pay " + money(variable, currency);
        String formula;
        if (step.amount().signum() > 0) {
            formula = head + " is below the " + money(ramp.amount(), currency) + " draw, so " + Money.format(step.amount(), currency)
                    + " is advanced; " + Money.format(step.balanceAfter(), currency) + " to recover";
        } else if (step.amount().signum() < 0) {
            formula = head + (drawing ? " is above the " + money(ramp.amount(), currency) + " draw" : "") + "; "
                    + Money.format(step.amount().negate(), currency) + " of the " + Money.format(step.balanceBefore(), currency)
                    + " advanced is recovered, " + Money.format(step.balanceAfter(), currency) + " left";
        } else if (step.balanceBefore().signum() == 0 && !drawing) {
            return Optional.empty();
        } else {
            formula = head + (drawing ? " reaches the " + money(ramp.amount(), currency) + " draw" : "") + "; nothing advanced, "
                    + Money.format(step.balanceBefore(), currency) + " to recover";
        }
        if (number == 2 * ramp.periods() && step.balanceAfter().signum() > 0) {
            formula += "; the rest is written off";
        }
        return Optional.of(new Statement.Line(part, "draw", formula, step.amount(), null));
    }

    private static String money(BigDecimal amount, Currency currency) {
        return Money.format(Money.round(amount, currency), currency);
    }
}

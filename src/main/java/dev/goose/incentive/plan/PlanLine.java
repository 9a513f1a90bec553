package dev.goose.incentive.plan;

import java.math.BigDecimal;

/**
 * One line of pay as a plan computes it: the component it comes from, the formula in words with its
 * inputs (so that a rep can check it by hand), and the amount, already rounded to the currency's minor
 * unit.
 */
public record PlanLine(String component, String formula, BigDecimal amount) {
}

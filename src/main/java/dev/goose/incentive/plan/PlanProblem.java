package dev.goose.incentive.plan;

/** Something wrong in a plan block, at its line in the playbook file (counted from 1). */
public record PlanProblem(int line, String message) {
}

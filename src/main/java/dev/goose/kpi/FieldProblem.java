package dev.goose.kpi;

/** Why an input is refused, with the field it concerns, in words for the person who typed it. */
public record FieldProblem(String field, String message) {
}

package dev.goose.errors;

/** A problem with one input field: which field, and what is wrong with it, in words for a person. */
public record FieldError(String field, String message) {
}

package dev.goose.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Bean Validation's violations of the shape constraints on request records, as Goose's field
 * errors: each named by its JSON path ({@code amount}, {@code stages[2].key}), as the caller wrote
 * the body. The API meets them through {@code @Valid}; a form, whose page answers in HTML, validates
 * its request and adds them to its collector, so both see the same rules in the same words.
 */
public final class Violations {

    private Violations() {
    }

    /** In a stable order, since the validator reports them as a set. */
    public static List<FieldError> errors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
    }

    /**
     * Refuses a form's request for its shape alone, with every violation, as {@code @Valid} refuses
     * the API's before anything is looked up.
     */
    public static void requireShape(Validator validator, Object request) {
        new InvalidInput.Collector().addAll(errors(validator.validate(request))).throwIfAny();
    }

    /** Whether a violation is about what an endpoint answered, which is our bug rather than the caller's. */
    public static boolean onAnswer(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The path as the caller wrote the JSON: the method and parameter that lead to the body are
     * left out, and an element of a list is written with its index.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}

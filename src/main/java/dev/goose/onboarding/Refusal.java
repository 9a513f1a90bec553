package dev.goose.onboarding;

import dev.goose.errors.Conflict;
import dev.goose.errors.DomainException;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;

/**
 * Why an action on an item is refused, in words for the person who tried: whether they may not do
 * it at all, the item's state forbids it, or an input is wrong, with the field it concerns.
 */
record Refusal(Kind kind, String field, String message) {

    enum Kind { NOT_ALLOWED, CONFLICT, INVALID }

    static Refusal notAllowed(String message) {
        return new Refusal(Kind.NOT_ALLOWED, null, message);
    }

    static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, null, message);
    }

    static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, message);
    }

    /** The domain exception the error mapper turns into 403, 409 or 400 with the field. */
    DomainException toException() {
        return switch (kind) {
            case NOT_ALLOWED -> new NotAllowed(message);
            case CONFLICT -> new Conflict(message);
            case INVALID -> InvalidInput.of(field, message);
        };
    }
}

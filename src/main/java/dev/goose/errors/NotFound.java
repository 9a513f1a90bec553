package dev.goose.errors;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFound extends DomainException {

    public NotFound(String what) {
        super(what + " was not found.");
    }
}

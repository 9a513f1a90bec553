package dev.goose.web;

/** The request is valid but clashes with the current state, for example a stale version. */
public class Conflict extends DomainException {

    public Conflict(String publicMessage) {
        super(publicMessage);
    }
}

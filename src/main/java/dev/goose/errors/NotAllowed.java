package dev.goose.errors;

/** The caller is signed in but may not do this to this particular thing. */
public class NotAllowed extends DomainException {

    public NotAllowed(String publicMessage) {
        super(publicMessage);
    }
}

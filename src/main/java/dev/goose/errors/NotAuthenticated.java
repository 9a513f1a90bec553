package dev.goose.errors;

/** The request's own credentials (such as a webhook signature) do not check out. */
public class NotAuthenticated extends DomainException {

    public NotAuthenticated(String publicMessage) {
        super(publicMessage);
    }
}

package dev.goose.errors;

/**
 * The few errors a use case may end in. Their message is safe to show to the person who
 * caused them; causes with internal detail go to the log, never into the message.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String publicMessage) {
        super(publicMessage);
    }
}

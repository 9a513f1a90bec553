package dev.goose.errors;

/** The request is valid but clashes with the current state, for example a stale version. */
public class Conflict extends DomainException {

    private final Integer currentVersion;

    public Conflict(String publicMessage) {
        this(publicMessage, null);
    }

    /** A conflict with a newer version, whose number the caller needs to catch up. */
    public Conflict(String publicMessage, Integer currentVersion) {
        super(publicMessage);
        this.currentVersion = currentVersion;
    }

    public Integer currentVersion() {
        return currentVersion;
    }
}

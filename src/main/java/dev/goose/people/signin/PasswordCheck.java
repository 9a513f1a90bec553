package dev.goose.people.signin;

import java.time.Duration;

/** The result of checking an email and password: who signed in, or why not, and how long to wait. */
record PasswordCheck(SignedIn person, String failure, Duration retryAfter) {

    /**
     * The one message for every refusal, so that nobody can learn which accounts exist or are
     * deactivated from the answer.
     */
    static final String WRONG = "The email or password is not right, or the account is deactivated.";

    static PasswordCheck passed(SignedIn person) {
        return new PasswordCheck(person, null, null);
    }

    static PasswordCheck failed(String failure) {
        return new PasswordCheck(null, failure, null);
    }

    /** Too many failures from this address for this account, or for any: nothing was checked. */
    static PasswordCheck throttled(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        return new PasswordCheck(null, "Too many failed sign-ins from your address: wait " + seconds
                + (seconds == 1 ? " second" : " seconds") + " and try again.", Duration.ofSeconds(seconds));
    }

    boolean passed() {
        return person != null;
    }

    boolean throttled() {
        return retryAfter != null;
    }
}

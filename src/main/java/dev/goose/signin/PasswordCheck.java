package dev.goose.signin;

/** The result of checking an email and password: who signed in, or why not. */
public record PasswordCheck(SignedIn person, String failure) {

    /**
     * The one message for every refusal, so that nobody can learn which accounts exist, are
     * deactivated or are locked from the answer.
     */
    static final String WRONG = "The email or password is not right, or the account is deactivated or locked"
            + " for a while after repeated failures.";

    static PasswordCheck passed(SignedIn person) {
        return new PasswordCheck(person, null);
    }

    static PasswordCheck failed(String failure) {
        return new PasswordCheck(null, failure);
    }

    public boolean passed() {
        return person != null;
    }
}

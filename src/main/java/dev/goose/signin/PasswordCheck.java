package dev.goose.signin;

/** The result of checking an email and password: who signed in, or why not. */
public record PasswordCheck(SignedIn person, String failure) {

    static final String WRONG = "The email or password is not right, or the account is not active.";

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

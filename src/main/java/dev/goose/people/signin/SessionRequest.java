package dev.goose.people.signin;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate by the value of the Goose session cookie. */
public class SessionRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}

package dev.goose.people.signin;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate by the value of the Goose session cookie. */
class SessionRequest extends BaseAuthenticationRequest {

    private final String token;

    SessionRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}

package dev.goose.people.signin;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate by a personal API token. */
public class TokenRequest extends BaseAuthenticationRequest {

    private final String secret;

    public TokenRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}

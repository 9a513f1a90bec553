package dev.goose.people.signin;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate by a personal API token. */
class TokenRequest extends BaseAuthenticationRequest {

    private final String secret;

    TokenRequest(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}

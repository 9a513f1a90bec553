package dev.goose.signin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a session cookie into the person it belongs to; an unknown or expired session fails. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    @Inject
    SignInService signIn;

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> signIn.resolveSession(request.token()).map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException("No live session for this cookie")));
    }
}

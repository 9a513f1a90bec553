package dev.goose.people.signin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a session cookie into the person it belongs to; an unknown or expired session fails. */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    @Inject
    SignInService signIn;

    @Inject
    KnownIdentities known;

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        if (request.token() == null || request.token().isBlank() || request.token().length() > 100) {
            return Uni.createFrom().failure(new AuthenticationFailedException("No live session for this cookie"));
        }
        return known.authenticate("session:" + SignInService.hash(request.token()), context,
                () -> signIn.resolveSession(request.token()).map(Identities::of)
                        .orElseThrow(() -> new AuthenticationFailedException("No live session for this cookie")));
    }
}

package dev.goose.signin;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a session cookie into the person it belongs to. An unknown or expired session yields no
 * identity rather than a failure, so the request continues as anonymous: protected pages then
 * send the browser to sign in, and the sign-in page itself still opens.
 */
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
        return context.runBlocking(() -> signIn.resolveSession(request.token()).map(Identities::of).orElse(null));
    }
}

package dev.goose.signin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** HTTP Basic for the JSON API, with the same accounts, lockout and rules as the sign-in form. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    SignInService signIn;

    @Inject
    VerifiedPasswords verified;

    @Inject
    KnownIdentities known;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String email = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return known.authenticate("basic:" + verified.key(email, password), context, () -> {
            PasswordCheck check = signIn.checkPassword(email, password);
            if (!check.passed()) {
                throw new AuthenticationFailedException(check.failure());
            }
            return Identities.of(check.person());
        });
    }
}

package dev.goose.people.signin;

import dev.goose.web.TooManySignIns;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** HTTP Basic for the JSON API, with the same accounts, throttling and rules as the sign-in form. */
@ApplicationScoped
class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

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
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null ? ClientAddress.UNKNOWN : ClientAddress.of(http.request().remoteAddress());
        return known.authenticate("basic:" + verified.key(email, password), context, () -> {
            PasswordCheck check = signIn.checkPassword(email, password, address);
            if (check.throttled()) {
                throw TooManySignIns.of(check.failure(), check.retryAfter());
            }
            if (!check.passed()) {
                throw new AuthenticationFailedException(check.failure());
            }
            return Identities.of(check.person());
        });
    }
}

package dev.goose.people.signin;

import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Personal API tokens ({@code Authorization: Bearer goose_…}) for the embed API. Selected for
 * {@code /embed/*} by {@code quarkus.http.auth.permission.embed.auth-mechanism=goose-token}.
 */
@ApplicationScoped
class TokenMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "goose-token";
    private static final HttpCredentialTransport TRANSPORT =
            new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME, SCHEME);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(
                new TokenRequest(header.substring(7).strip()), context);
        return identityProviderManager.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"Goose\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(TRANSPORT);
    }

    /** Turns a token into its owner, or fails: a wrong token is never anonymous. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenRequest> {

        @Inject
        ApiTokens tokens;

        @Inject
        KnownIdentities known;

        @Override
        public Class<TokenRequest> getRequestType() {
            return TokenRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenRequest request, AuthenticationRequestContext context) {
            if (request.secret() == null || request.secret().isBlank() || request.secret().length() > 200) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Unknown or revoked API token"));
            }
            return known.authenticate("token:" + SignInService.hash(request.secret()), context,
                    () -> tokens.resolve(request.secret()).map(Identities::of)
                            .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API token")));
        }
    }
}

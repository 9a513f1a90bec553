package dev.goose.people.signin;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.people.CurrentPerson;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a Keycloak identity (code flow or bearer token) into the Goose person it belongs to. */
@ApplicationScoped
class OidcPersonAugmentor implements SecurityIdentityAugmentor {

    @Inject
    OidcPeople people;

    @Inject
    Caches caches;

    /** People by the claims that found them: a bearer token on every API call needs no database. */
    private ReadCache<OidcClaims, SignedIn> byClaims;

    @PostConstruct
    void init() {
        byClaims = caches.of("oidc-sign-ins", 20_000, Region.PEOPLE);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(CurrentPerson.ID_ATTRIBUTE) != null) {
            return Uni.createFrom().item(identity);
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            // Fail closed: an identity Goose cannot tie to a person gets no roles at all.
            return Uni.createFrom().failure(new AuthenticationFailedException("Unknown kind of identity"));
        }
        Object verified = token.getClaim("email_verified");
        OidcClaims claims = new OidcClaims(token.getSubject(), token.getClaim("email"),
                Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified)), nameOf(token),
                Set.copyOf(identity.getRoles()));
        return KnownIdentities.remembered(byClaims, claims, context, () -> people.signIn(claims),
                person -> Identities.of(person, identity));
    }

    private static String nameOf(JsonWebToken token) {
        String name = token.getClaim("name");
        return name != null ? name : token.getClaim("preferred_username");
    }
}

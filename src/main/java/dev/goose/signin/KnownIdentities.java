package dev.goose.signin;

import java.util.function.Supplier;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Identities recently established, by a digest of the credentials that established them (never the
 * credentials). A request with known credentials is authenticated without the database and without
 * leaving the I/O thread. Any change to people, sessions or tokens empties it, so a deactivation, a
 * role change, a password change, a sign-out or a revoked token takes effect at the next request.
 */
@ApplicationScoped
public class KnownIdentities {

    @Inject
    Caches caches;

    private ReadCache<String, SecurityIdentity> known;

    @PostConstruct
    void init() {
        known = caches.of(20_000, Region.PEOPLE);
    }

    /** The identity behind these credentials: from memory, or established by the blocking check. */
    Uni<SecurityIdentity> authenticate(String credentialsDigest, AuthenticationRequestContext context,
            Supplier<SecurityIdentity> check) {
        SecurityIdentity identity = known.cached(credentialsDigest);
        if (identity != null) {
            return Uni.createFrom().item(identity);
        }
        long stamp = known.stamp();
        return context.runBlocking(() -> {
            SecurityIdentity established = check.get();
            known.put(credentialsDigest, stamp, established);
            return established;
        });
    }
}

package dev.goose.people.signin;

import java.util.function.Function;
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
class KnownIdentities {

    @Inject
    Caches caches;

    private ReadCache<String, SecurityIdentity> known;

    @PostConstruct
    void init() {
        known = caches.of("known-identities", 20_000, Region.PEOPLE);
    }

    /** The identity behind these credentials: from memory, or established by the blocking check. */
    Uni<SecurityIdentity> authenticate(String credentialsDigest, AuthenticationRequestContext context,
            Supplier<SecurityIdentity> check) {
        return remembered(known, credentialsDigest, context, check, Function.identity());
    }

    /**
     * The identity made of what a cache holds for a key, at once and on the I/O thread; or else of
     * what the blocking check establishes, kept unless something changed while it ran. A failed check
     * is never kept.
     */
    static <K, V> Uni<SecurityIdentity> remembered(ReadCache<K, V> cache, K key, AuthenticationRequestContext context,
            Supplier<V> check, Function<V, SecurityIdentity> identity) {
        V value = cache.cached(key);
        if (value != null) {
            return Uni.createFrom().item(identity.apply(value));
        }
        long stamp = cache.stamp();
        return context.runBlocking(() -> {
            V established = check.get();
            cache.put(key, stamp, established);
            return identity.apply(established);
        });
    }
}

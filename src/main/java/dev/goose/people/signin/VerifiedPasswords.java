package dev.goose.people.signin;

import java.nio.charset.StandardCharsets;

import com.github.benmanes.caffeine.cache.Cache;

import dev.goose.cache.Caches;
import dev.goose.digest.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Remembers which password matched which stored bcrypt hash, so that an API script sending HTTP
 * Basic on every call does not pay for bcrypt on every call. An entry only counts while the stored
 * hash is unchanged, so a password change or reset invalidates it at once. The plain password is
 * never kept: only a SHA-256 of it, salted with this node's random key.
 */
@ApplicationScoped
class VerifiedPasswords {

    private final byte[] nodeKey = randomKey();
    private final Cache<String, String> hashByCredentials;

    @Inject
    VerifiedPasswords(Caches caches) {
        this(caches.<String, String>kept("verified-passwords", 10_000));
    }

    VerifiedPasswords(Cache<String, String> hashByCredentials) {
        this.hashByCredentials = hashByCredentials;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    boolean known(String email, String password, String storedHash) {
        return storedHash != null && storedHash.equals(hashByCredentials.getIfPresent(key(email, password)));
    }

    void remember(String email, String password, String storedHash) {
        hashByCredentials.put(key(email, password), storedHash);
    }

    String key(String email, String password) {
        // The zero byte keeps "ab" + "c" and "a" + "bc" apart.
        return Sha256.hex(nodeKey, email.getBytes(StandardCharsets.UTF_8), new byte[] { 0 },
                password.getBytes(StandardCharsets.UTF_8));
    }
}

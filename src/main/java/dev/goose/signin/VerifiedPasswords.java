package dev.goose.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers which password matched which stored bcrypt hash, so that an API script sending HTTP
 * Basic on every call does not pay for bcrypt on every call. An entry only counts while the stored
 * hash is unchanged, so a password change or reset invalidates it at once. The plain password is
 * never kept: only a SHA-256 of it, salted with this node's random key.
 */
@ApplicationScoped
class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private final byte[] nodeKey = randomKey();
    private final Map<String, String> hashByCredentials = new ConcurrentHashMap<>();

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    boolean known(String email, String password, String storedHash) {
        return storedHash != null && storedHash.equals(hashByCredentials.get(key(email, password)));
    }

    void remember(String email, String password, String storedHash) {
        if (hashByCredentials.size() >= MAX_ENTRIES) {
            hashByCredentials.clear();
        }
        hashByCredentials.put(key(email, password), storedHash);
    }

    String key(String email, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(nodeKey);
            digest.update(email.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

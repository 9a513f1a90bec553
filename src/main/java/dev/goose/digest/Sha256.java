package dev.goose.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one hash Goose uses to recognise a content or a secret without keeping it: a
 * playbook file's bytes, an answer's ETag, a session or API token, a password already verified.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The digest of the parts, one after another (a caller that needs them told apart adds a separator). */
    public static byte[] of(byte[]... parts) {
        MessageDigest digest = newDigest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** {@link #of} in lower-case hexadecimal, as stored. */
    public static String hex(byte[]... parts) {
        return HexFormat.of().formatHex(of(parts));
    }

    /** The hexadecimal digest of a text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

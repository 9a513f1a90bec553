package dev.goose.people;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Password hashing with bcrypt, and the rule every new password must meet. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    /** bcrypt ignores everything past 72 bytes, so longer passwords would only look stronger. */
    public static final int MAX_LENGTH = 72;
    private static final int COST = 10;

    /** Checked when the email is unknown, so that a wrong email takes as long as a wrong password. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash("decoy password, never valid", COST);

    private Passwords() {
    }

    public static String hash(String plain) {
        return BcryptUtil.bcryptHash(plain, COST);
    }

    /** Whether the password matches the hash; a missing hash never matches but costs the same time. */
    public static boolean matches(String plain, String hash) {
        if (plain == null) {
            return false;
        }
        boolean matched = BcryptUtil.matches(plain, hash == null ? DECOY_HASH : hash);
        return matched && hash != null;
    }

    /** Why the password cannot be used, or null when it can. */
    public static String problemWith(String plain) {
        if (plain == null || plain.length() < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        if (plain.isBlank()) {
            return "A password cannot be only spaces.";
        }
        return null;
    }
}

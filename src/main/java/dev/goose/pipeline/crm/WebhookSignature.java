package dev.goose.pipeline.crm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook request: HMAC-SHA256 with the source's secret over
 * {@code timestamp + "." + body}, sent as {@code X-Goose-Signature: sha256=<hex>} with
 * {@code X-Goose-Timestamp: <unix seconds>}. Plain Java, so that senders can copy it.
 */
final class WebhookSignature {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is right, compared in constant time. */
    public static boolean valid(String secret, long timestamp, byte[] body, String presented) {
        if (presented == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the timestamp is close enough to now for the request not to be an old one replayed. */
    public static boolean fresh(long timestamp, Instant now) {
        return Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(WINDOW) <= 0;
    }
}

package dev.goose.pipeline.crm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's v3 request signature, so that a HubSpot app's webhook subscription can post to Goose
 * directly: {@code X-HubSpot-Signature-v3} is base64(HMAC-SHA256(client secret, method + URL +
 * body + timestamp)), with {@code X-HubSpot-Request-Timestamp} in Unix milliseconds. The URL is
 * the full one HubSpot called, with a few percent-escapes decoded as HubSpot's rules say.
 */
final class HubSpotSignature {

    public static final Duration WINDOW = WebhookSignature.WINDOW;

    /** The escapes HubSpot decodes in the URL before it signs; every other escape stays as sent. */
    private static final Map<String, String> DECODED = Map.ofEntries(Map.entry("3A", ":"), Map.entry("2F", "/"),
            Map.entry("3F", "?"), Map.entry("40", "@"), Map.entry("21", "!"), Map.entry("24", "$"), Map.entry("27", "'"),
            Map.entry("28", "("), Map.entry("29", ")"), Map.entry("2A", "*"), Map.entry("2C", ","), Map.entry("3B", ";"));
    private static final Pattern ESCAPE = Pattern.compile("%([0-9A-Fa-f]{2})");

    private HubSpotSignature() {
    }

    /** The signature HubSpot sends for this request; the body is hashed as the raw bytes received. */
    public static String sign(String clientSecret, String method, String url, byte[] body, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((method + signedUrl(url)).getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return Base64.getEncoder().encodeToString(mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is right, compared in constant time. */
    public static boolean valid(String clientSecret, String method, String url, byte[] body, String timestamp,
            String presented) {
        if (presented == null || timestamp == null) {
            return false;
        }
        byte[] expected = sign(clientSecret, method, url, body, timestamp).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The URL as HubSpot signs it: %3A, %2F, %3F, %40, %21, %24, %27, %28, %29, %2A, %2C and %3B
     * decoded (hex digits in either case), everything else byte for byte as called.
     */
    public static String signedUrl(String url) {
        Matcher escape = ESCAPE.matcher(url);
        StringBuilder out = new StringBuilder(url.length());
        while (escape.find()) {
            String decoded = DECODED.get(escape.group(1).toUpperCase(java.util.Locale.ROOT));
            escape.appendReplacement(out, Matcher.quoteReplacement(decoded != null ? decoded : escape.group()));
        }
        return escape.appendTail(out).toString();
    }

    /**
     * Whether the timestamp (Unix milliseconds) is within five minutes of now. HubSpot asks only to
     * refuse old ones; a far-future one is refused too, or it could be replayed until that time.
     */
    public static boolean fresh(long timestampMillis, Instant now) {
        return Duration.between(Instant.ofEpochMilli(timestampMillis), now).abs().compareTo(WINDOW) <= 0;
    }
}

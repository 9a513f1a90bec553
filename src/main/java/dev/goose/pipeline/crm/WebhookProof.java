package dev.goose.pipeline.crm;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import dev.goose.errors.NotAllowed;
import dev.goose.errors.NotAuthenticated;

/**
 * What a webhook request carries to prove that its source sent it: Goose's own signature
 * ({@code X-Goose-Timestamp}, {@code X-Goose-Signature}) or HubSpot's v3 one
 * ({@code X-HubSpot-Request-Timestamp}, {@code X-HubSpot-Signature-v3}), which also signs the
 * method and the URL HubSpot called. Either is checked with the source's secret.
 */
record WebhookProof(String method, String url, String gooseTimestamp, String gooseSignature,
        String hubspotTimestamp, String hubspotSignature) {

    /** The prefix of a HubSpot delivery's key, so that it can never equal a Goose one. */
    static final String HUBSPOT_KEY = "v3:";

    /**
     * Checks the proof against the secret and the body. Answers the key under which this exact
     * request is remembered, so that sending it again is a replay.
     *
     * @throws NotAuthenticated when the signature is missing or does not match
     * @throws NotAllowed when the signature matches but its timestamp is more than five minutes from now
     */
    String verify(String secret, byte[] body, Instant now) {
        if (gooseSignature == null && hubspotSignature != null) {
            return verifyHubSpot(secret, body, now);
        }
        if (gooseSignature == null && gooseTimestamp == null) {
            throw new NotAuthenticated("The request is not signed: send X-Goose-Timestamp and X-Goose-Signature, "
                    + "or HubSpot's X-HubSpot-Request-Timestamp and X-HubSpot-Signature-v3.");
        }
        long time = parse(gooseTimestamp, "X-Goose-Timestamp must be the time in Unix seconds.");
        if (!WebhookSignature.valid(secret, time, body, gooseSignature)) {
            throw new NotAuthenticated("The signature does not match this body, timestamp and secret.");
        }
        if (!WebhookSignature.fresh(time, now)) {
            throw stale();
        }
        String signature = gooseSignature.strip();
        return signature.substring(Math.max(0, signature.length() - 64));
    }

    private String verifyHubSpot(String secret, byte[] body, Instant now) {
        long time = parse(hubspotTimestamp, "X-HubSpot-Request-Timestamp must be the time in Unix milliseconds.");
        if (!HubSpotSignature.valid(secret, method, url, body, hubspotTimestamp.strip(), hubspotSignature)) {
            // HubSpot signs the URL it called: behind a proxy, goose.public-url (or forwarded headers) must give it.
            throw new NotAuthenticated("The HubSpot signature does not match this method, URL, body, timestamp and "
                    + "the source's secret (the HubSpot app's client secret).");
        }
        if (!HubSpotSignature.fresh(time, now)) {
            throw stale();
        }
        return HUBSPOT_KEY + hubspotSignature.strip();
    }

    /**
     * The URL the sender called. Behind a proxy Goose sees its own address, so a configured public
     * URL (scheme, host and any path prefix the proxy strips) replaces everything before the path;
     * without one, the URL the request arrived at (which honours X-Forwarded-* headers when
     * {@code quarkus.http.proxy.*} is turned on).
     *
     * @param requestTarget the path and query exactly as sent, still percent-encoded
     */
    static String calledUrl(Optional<URI> publicUrl, String absoluteUri, String requestTarget) {
        return publicUrl.map(base -> base.toString().replaceAll("/+$", "") + requestTarget).orElse(absoluteUri);
    }

    private static long parse(String timestamp, String otherwise) {
        String value = timestamp == null ? "" : timestamp.strip();
        if (!value.matches("\\d{1,15}")) {
            throw new NotAuthenticated(otherwise);
        }
        return Long.parseLong(value);
    }

    private static NotAllowed stale() {
        return new NotAllowed("The timestamp is more than " + WebhookSignature.WINDOW.toMinutes() + " minutes away from now.");
    }
}

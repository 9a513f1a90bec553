package dev.goose.pipeline.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.errors.NotAllowed;
import dev.goose.errors.NotAuthenticated;

/**
 * The expected signatures were computed outside Goose, with Python's hmac module and checked with
 * {@code openssl dgst -sha256 -hmac <secret> -binary | base64}, over
 * {@code method + decoded URL + body + timestamp}.
 */
@Tag("unit")
class HubSpotSignatureTest {

    static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    static final String CALLED = "https://goose.example.com/api/v1/webhooks/hubspot?portal=62515%3Aeu";
    static final String BODY = "[{\"eventId\":100,\"subscriptionId\":12345,\"portalId\":62515,\"occurredAt\":1564113600000,"
            + "\"subscriptionType\":\"deal.propertyChange\",\"attemptNumber\":0,\"objectId\":4711,\"propertyName\":\"dealstage\","
            + "\"propertyValue\":\"appointmentscheduled\",\"changeSource\":\"CRM\",\"appId\":54321}]";
    static final String TIMESTAMP = "1564113600000";
    /** Over "POST" + ".../hubspot?portal=62515:eu" + BODY + TIMESTAMP: %3A is one of the escapes HubSpot decodes. */
    static final String EXPECTED = "2ZFIkJgFacUi871Ch8rt2SAQNG29ckvXrfys4mtM8ww=";
    /** Over "POST" + "https://goose.example.com/api/v1/webhooks/hubspot" + "[]" + "1700000000000". */
    static final String EXPECTED_PLAIN = "WWAc7BI6qTmbKqNb0T2MUmEtjpLrBYichPoHncY9lMs=";

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theWorkedExamplesMatchSignaturesComputedElsewhere() {
        assertThat(HubSpotSignature.sign(SECRET, "POST", CALLED, bytes(BODY), TIMESTAMP)).isEqualTo(EXPECTED);
        assertThat(HubSpotSignature.sign(SECRET, "POST", "https://goose.example.com/api/v1/webhooks/hubspot", bytes("[]"),
                "1700000000000")).isEqualTo(EXPECTED_PLAIN);
        assertThat(HubSpotSignature.valid(SECRET, "POST", CALLED, bytes(BODY), TIMESTAMP, EXPECTED)).isTrue();
    }

    @Test
    void onlyTheEscapesHubSpotListsAreDecodedInTheUrl() {
        assertThat(HubSpotSignature.signedUrl("https://x.test/a%3A%2f%3F%40%21%24%27%28%29%2A%2C%3b?q=%20%25%2B%C3%A4"))
                .isEqualTo("https://x.test/a:/?@!$'()*,;?q=%20%25%2B%C3%A4");
        assertThat(HubSpotSignature.signedUrl("https://x.test/plain?a=1&b=2")).isEqualTo("https://x.test/plain?a=1&b=2");
    }

    @Test
    void aTamperedBodyMethodUrlTimestampOrSecretFails() {
        assertThat(HubSpotSignature.valid(SECRET, "POST", CALLED, bytes(BODY.replace("4711", "4712")), TIMESTAMP, EXPECTED)).isFalse();
        assertThat(HubSpotSignature.valid(SECRET, "PUT", CALLED, bytes(BODY), TIMESTAMP, EXPECTED)).isFalse();
        assertThat(HubSpotSignature.valid(SECRET, "POST", CALLED.replace("https:", "http:"), bytes(BODY), TIMESTAMP, EXPECTED)).isFalse();
        assertThat(HubSpotSignature.valid(SECRET, "POST", CALLED, bytes(BODY), "1564113600001", EXPECTED)).isFalse();
        assertThat(HubSpotSignature.valid("another-secret", "POST", CALLED, bytes(BODY), TIMESTAMP, EXPECTED)).isFalse();
        assertThat(HubSpotSignature.valid(SECRET, "POST", CALLED, bytes(BODY), TIMESTAMP, null)).isFalse();
    }

    @Test
    void aTimestampIsFreshForFiveMinutesEitherWay() {
        Instant now = Instant.ofEpochMilli(1_564_113_600_000L);
        assertThat(HubSpotSignature.fresh(now.minus(Duration.ofMinutes(4)).toEpochMilli(), now)).isTrue();
        assertThat(HubSpotSignature.fresh(now.minus(Duration.ofMinutes(6)).toEpochMilli(), now)).isFalse();
        assertThat(HubSpotSignature.fresh(now.plus(Duration.ofMinutes(6)).toEpochMilli(), now)).isFalse();
    }

    @Test
    void aHubSpotProofIsRememberedByItsSignatureAndAGooseProofByItsOwn() {
        Instant sent = Instant.ofEpochMilli(Long.parseLong(TIMESTAMP));
        WebhookProof hubspot = new WebhookProof("POST", CALLED, null, null, TIMESTAMP, EXPECTED);
        assertThat(hubspot.verify(SECRET, bytes(BODY), sent.plusSeconds(30))).isEqualTo("v3:" + EXPECTED);
        long seconds = sent.getEpochSecond();
        String goose = WebhookSignature.sign(SECRET, seconds, bytes(BODY));
        WebhookProof proof = new WebhookProof("POST", CALLED, String.valueOf(seconds), goose, null, null);
        assertThat(proof.verify(SECRET, bytes(BODY), sent)).isEqualTo(goose.substring(goose.length() - 64));
    }

    @Test
    void aWrongStaleOrMissingHubSpotProofSaysWhy() {
        Instant sent = Instant.ofEpochMilli(Long.parseLong(TIMESTAMP));
        assertThatThrownBy(() -> new WebhookProof("POST", CALLED, null, null, TIMESTAMP, EXPECTED)
                .verify(SECRET, bytes(BODY + " "), sent)).isInstanceOf(NotAuthenticated.class).hasMessageContaining("client secret");
        assertThatThrownBy(() -> new WebhookProof("POST", CALLED, null, null, TIMESTAMP, EXPECTED)
                .verify(SECRET, bytes(BODY), sent.plus(Duration.ofMinutes(6)))).isInstanceOf(NotAllowed.class)
                .hasMessageContaining("5 minutes");
        assertThatThrownBy(() -> new WebhookProof("POST", CALLED, null, null, "yesterday", EXPECTED)
                .verify(SECRET, bytes(BODY), sent)).isInstanceOf(NotAuthenticated.class).hasMessageContaining("milliseconds");
        assertThatThrownBy(() -> new WebhookProof("POST", CALLED, null, null, null, null)
                .verify(SECRET, bytes(BODY), sent)).isInstanceOf(NotAuthenticated.class).hasMessageContaining("not signed");
    }

    @Test
    void theCalledUrlIsThePublicUrlWhenOneIsSet() {
        String target = "/api/v1/webhooks/hubspot?portal=62515%3Aeu";
        String seen = "http://10.0.0.5:8080" + target;
        assertThat(WebhookProof.calledUrl(Optional.of(URI.create("https://goose.example.com/")), seen, target))
                .isEqualTo(CALLED);
        assertThat(WebhookProof.calledUrl(Optional.of(URI.create("https://example.com/goose")), seen, target))
                .isEqualTo("https://example.com/goose" + target);
        assertThat(WebhookProof.calledUrl(Optional.empty(), seen, target)).isEqualTo(seen);
    }
}

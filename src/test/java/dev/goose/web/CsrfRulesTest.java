package dev.goose.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CsrfRulesTest {

    private static final Optional<URI> UNSET = Optional.empty();

    @Test
    void aRequestFromThisSiteIsSameOrigin() {
        assertThat(CsrfFilter.sameOrigin("http://localhost:8080", "http", "localhost:8080", UNSET)).isTrue();
        assertThat(CsrfFilter.sameOrigin("https://goose.example.com", "https", "goose.example.com", UNSET)).isTrue();
        assertThat(CsrfFilter.sameOrigin("https://Goose.Example.com:443", "https", "goose.example.com", UNSET)).isTrue();
    }

    @Test
    void anotherSiteOrPortIsNot() {
        assertThat(CsrfFilter.sameOrigin("http://evil.example", "http", "localhost:8080", UNSET)).isFalse();
        assertThat(CsrfFilter.sameOrigin("http://localhost:9999", "http", "localhost:8080", UNSET)).isFalse();
        assertThat(CsrfFilter.sameOrigin("null", "http", "localhost:8080", UNSET)).isFalse();
        assertThat(CsrfFilter.sameOrigin("http://localhost:8080", "http", null, UNSET)).isFalse();
    }

    @Test
    void aPlainHttpPageIsAnotherSiteThanTheSameHostOverHttps() {
        assertThat(CsrfFilter.sameOrigin("http://goose.example", "https", "goose.example", UNSET)).isFalse();
        assertThat(CsrfFilter.sameOrigin("http://goose.example:443", "https", "goose.example", UNSET)).isFalse();
    }

    @Test
    void thePublishedAddressDecidesBehindAProxy() {
        Optional<URI> published = Optional.of(URI.create("https://goose.example/"));
        assertThat(CsrfFilter.sameOrigin("https://goose.example", "http", "10.0.0.5:8080", published)).isTrue();
        assertThat(CsrfFilter.sameOrigin("http://goose.example", "http", "10.0.0.5:8080", published)).isFalse();
        assertThat(CsrfFilter.sameOrigin("https://evil.example", "http", "10.0.0.5:8080", published)).isFalse();
    }

    @Test
    void anHttpsPageOfTheSameHostPassesWhenAProxyEndedTlsWithoutSaying() {
        assertThat(CsrfFilter.sameOrigin("https://goose.example", "http", "goose.example", UNSET)).isTrue();
    }

    @Test
    void withoutAnOriginTheTokenAloneDecides() {
        assertThat(CsrfFilter.sameOrigin(null, "http", "localhost:8080", UNSET)).isTrue();
    }
}

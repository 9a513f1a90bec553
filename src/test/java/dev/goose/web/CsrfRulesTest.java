package dev.goose.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfRulesTest {

    @Test
    void aRequestFromThisSiteIsSameOrigin() {
        assertThat(CsrfFilter.sameOrigin("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(CsrfFilter.sameOrigin("https://goose.example.com", "goose.example.com")).isTrue();
    }

    @Test
    void anotherSiteOrPortIsNot() {
        assertThat(CsrfFilter.sameOrigin("http://evil.example", "localhost:8080")).isFalse();
        assertThat(CsrfFilter.sameOrigin("http://localhost:9999", "localhost:8080")).isFalse();
        assertThat(CsrfFilter.sameOrigin("null", "localhost:8080")).isFalse();
        assertThat(CsrfFilter.sameOrigin("http://localhost:8080", null)).isFalse();
    }

    @Test
    void withoutAnOriginTheTokenAloneDecides() {
        assertThat(CsrfFilter.sameOrigin(null, "localhost:8080")).isTrue();
    }
}

package dev.goose.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class EmbedCorsRulesTest {

    @Test
    void configuredOriginsAreComparedAsBrowsersSendThem() {
        assertThat(EmbedCors.origins(List.of(" https://CRM.example.test/ ", "http://localhost:3000")))
                .containsExactlyInAnyOrder("https://crm.example.test", "http://localhost:3000");
    }

    @Test
    void aWildcardOrTheNullOriginIsNeverHonoured() {
        assertThat(EmbedCors.origins(List.of("*", "null", "", "https://crm.example.test"))).containsExactly("https://crm.example.test");
    }

    @Test
    void nothingConfiguredAllowsNobody() {
        assertThat(EmbedCors.origins(List.of())).isEmpty();
    }
}

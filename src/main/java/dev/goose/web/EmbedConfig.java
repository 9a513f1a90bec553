package dev.goose.web;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of the embed API that CRM sidebar cards call. */
@ConfigMapping(prefix = "goose.embed")
public interface EmbedConfig {

    /**
     * The origins (scheme, host and port, such as {@code https://app.hubspot.com}) whose pages may
     * call /embed/v1 from the browser. None by default: no page of another site may.
     */
    Optional<List<String>> allowedOrigins();
}

package dev.goose.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.goose.errors.FieldError;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;

/** An RFC 9457 problem document: what every API error looks like. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String field,
        List<FieldError> errors, Integer currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String title, String detail, String instance, List<FieldError> errors) {
        String field = errors.size() == 1 ? errors.get(0).field() : null;
        return new Problem("about:blank", title, status, detail, instance, field, errors, null);
    }

    /**
     * Ends a response with this problem, for the failure handlers that answer before any endpoint
     * runs (and so before the error mapper); headers of its own are set on the response first.
     */
    void end(HttpServerResponse response) {
        response.setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(Json.encode(this));
    }

    Problem withCurrentVersion(Integer version) {
        return new Problem(type, title, status, detail, instance, field, errors, version);
    }
}

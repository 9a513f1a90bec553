package dev.goose.web;

import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;

import dev.goose.cache.Caches;
import dev.goose.digest.Sha256;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Lets a client that already holds an answer keep it: the answer carries an {@code ETag}, and a
 * repeat GET with that tag in {@code If-None-Match} gets {@code 304 Not Modified} without the body.
 * The tag is a hash of the whole body as this viewer receives it, so it covers every part of it
 * that depends on the viewer or on time, and any change to any of them gives a new tag; no rule
 * about what may change has to be kept in step with the views.
 */
public final class Revalidation {

    /** Held by the browser only, and asked about again before each use: never a stale or shared copy. */
    public static final String CACHE_CONTROL = "private, no-cache";

    /**
     * JSON answers by the value they write: a value equal to one written before (the same guides of
     * the same deal state) has the same bytes and tag, so neither is made again. Values are records
     * of immutable parts, which makes equal values write equal JSON.
     */
    private static final Cache<Object, Tagged> JSON = Caches.keptOutsideContainer("tagged-json", 500);

    private record Tagged(byte[] body, String tag) {
    }

    private Revalidation() {
    }

    /** 200 with the body and its tag, or 304 when {@code ifNoneMatch} names that tag already. */
    public static Response of(byte[] body, String mediaType, String ifNoneMatch) {
        return answer(body, tagOf(body), mediaType, ifNoneMatch);
    }

    /** {@link #of} for a record written as JSON by {@code mapper}, writing and hashing an equal value once. */
    public static Response ofJson(Object value, ObjectMapper mapper, String ifNoneMatch) {
        Tagged tagged = JSON.get(value, written -> {
            byte[] body = json(mapper, written);
            return new Tagged(body, tagOf(body));
        });
        return answer(tagged.body(), tagged.tag(), MediaType.APPLICATION_JSON, ifNoneMatch);
    }

    private static byte[] json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response answer(byte[] body, String tag, String mediaType, String ifNoneMatch) {
        if (matches(ifNoneMatch, tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        return Response.ok(body, mediaType).header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    /** A strong tag: 128 bits of the body's SHA-256, enough that two different bodies never share one. */
    static String tagOf(byte[] body) {
        return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(Sha256.of(body), 16)) + '"';
    }

    /** If-None-Match compares weakly (RFC 9110, 13.1.2): a W/ prefix a proxy added still matches. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String held = candidate.strip();
            if (held.equals("*")) {
                return true;
            }
            if (held.startsWith("W/")) {
                held = held.substring(2);
            }
            if (held.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}

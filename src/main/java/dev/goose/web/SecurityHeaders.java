package dev.goose.web;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Headers every Goose page carries: no framing by other sites (so no button can be clickjacked),
 * scripts only from Goose itself, no content sniffing, and no copies of personal pages in shared caches.
 */
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; img-src 'self' https: data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    /** Pages are everything outside the JSON API; their type may not be settled yet when this runs. */
    @ServerResponseFilter
    public void addTo(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (!CsrfFilter.isApi(request.getUriInfo().getRequestUri().getRawPath())) {
            headers.putSingle("Content-Security-Policy", POLICY);
            headers.putSingle("X-Frame-Options", "DENY");
            headers.putSingle("Referrer-Policy", "same-origin");
            if (!headers.containsKey(HttpHeaders.ETAG)) {
                headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            // A page with an ETag (Revalidation) stays "private, no-cache": only the browser keeps it, and it
            // asks before each use, so a change or a sign-out is seen at once and a repeat costs no body.
        }
    }
}

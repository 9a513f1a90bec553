package dev.goose.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import dev.goose.errors.NotAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * Refuses state-changing page requests that did not come from a Goose page: the request must
 * carry the browser's anti-forgery token (form field or header, for htmx), and an Origin header,
 * when the browser sends one, must be this site. The JSON API takes no cookies, so it needs no
 * token; it still refuses requests that a browser marks as coming from another site, in case the
 * browser remembers Basic credentials someone once typed into it.
 */
public class CsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final String REFUSED = "This form was refused because it did not come from a Goose page. "
            + "Go back, reload the page and try again.";
    static final String REFUSED_API = "Requests that a browser sends on behalf of another site are refused.";

    @Inject
    CsrfToken token;

    @ConfigProperty(name = "goose.sign-in.secure-cookie", defaultValue = "false")
    boolean secureCookie;

    @ConfigProperty(name = "goose.public-url")
    Optional<URI> publicUrl;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        boolean api = isApi(request.getUriInfo().getRequestUri().getRawPath());
        String scheme = request.getUriInfo().getRequestUri().getScheme();
        if (!sameOrigin(request.getHeaderString("Origin"), scheme, request.getHeaderString(HttpHeaders.HOST), publicUrl)) {
            throw new NotAllowed(api ? REFUSED_API : REFUSED);
        }
        if (api) {
            return;
        }
        String expected = token.sent();
        String presented = request.getHeaderString(CsrfToken.HEADER);
        if (presented == null) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = context.getFormParameter(CsrfToken.FIELD, true, false);
            presented = field == null ? null : field.toString();
        }
        if (expected == null || presented == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw new NotAllowed(REFUSED);
        }
    }

    /**
     * Hands a browser without a token its token. The page may be rendered after this filter runs,
     * so the token is made here rather than left to the first form that asks for it.
     */
    @ServerResponseFilter
    public void issue(ContainerRequestContext request, ContainerResponseContext response) {
        if (isApi(request.getUriInfo().getRequestUri().getRawPath())) {
            return;
        }
        token.value();
        if (token.isFresh()) {
            // Lax, not Strict: with Strict, arriving from a link elsewhere would replace the token and
            // refuse the forms already open in other tabs. The token and the Origin check still hold.
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(CsrfToken.COOKIE)
                    .value(token.value()).path("/").httpOnly(true).secure(secureCookie)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
    }

    /** The JSON APIs: the main one and the embed API for CRM sidebar cards. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/embed/");
    }

    /**
     * Whether the Origin is this site: the address Goose is published at ({@code goose.public-url}),
     * or the scheme, host and port the request came to. A missing Origin passes (older browsers,
     * same-origin GET-born forms); the token still decides. A page over plain http is another site
     * than the same host over https, as anyone on the network can write it; the one exception is an
     * https page posting to a request that arrived as http, which is a proxy ending TLS without
     * saying so (set {@code goose.public-url} or the proxy settings, and it is not needed).
     */
    static boolean sameOrigin(String origin, String scheme, String host, Optional<URI> publicUrl) {
        if (origin == null) {
            return true;
        }
        if ("null".equals(origin)) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            if (from.getScheme() == null || from.getHost() == null) {
                return false;
            }
            if (publicUrl.isPresent() && publicUrl.get().getHost() != null
                    && originOf(from).equals(originOf(publicUrl.get()))) {
                return true;
            }
            if (host == null || scheme == null) {
                return false;
            }
            URI to = URI.create(scheme + "://" + host);
            boolean schemeMatches = from.getScheme().equalsIgnoreCase(to.getScheme())
                    || "https".equalsIgnoreCase(from.getScheme()) && "http".equalsIgnoreCase(to.getScheme());
            return schemeMatches && authorityOf(from).equals(authorityOf(to));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String originOf(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + authorityOf(uri);
    }

    /** Host and port, the port left out when it is the scheme's default, so that :443 and none agree. */
    private static String authorityOf(URI uri) {
        int port = uri.getPort();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
        String hostName = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return defaultPort ? hostName : hostName + ":" + port;
    }
}

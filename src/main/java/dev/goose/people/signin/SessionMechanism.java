package dev.goose.people.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.goose.web.DatabaseFailures;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Authenticates pages by the Goose session cookie, and sends people without one to the sign-in
 * page. Selected for pages by {@code quarkus.http.auth.permission.pages.auth-mechanism=goose-session}.
 */
@ApplicationScoped
class SessionMechanism implements HttpAuthenticationMechanism {

    public static final String COOKIE = "goose_session";
    static final String SCHEME = "goose-session";

    private static final HttpCredentialTransport TRANSPORT =
            new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE, SCHEME);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(new SessionRequest(cookie.getValue()), context);
        // A stale or forged cookie makes the request anonymous rather than failed: protected pages
        // then send the browser to sign in, and the sign-in page itself still opens. A database out of
        // reach is no reason to sign anyone out: that fails the request, answered with a 503.
        return identityProviderManager.authenticate(request).onFailure(e -> !DatabaseFailures.isUnreachable(e)).recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String wanted = context.request().uri();
        String location = "/login";
        if (wanted != null && wanted.startsWith("/") && !wanted.startsWith("//") && !"/".equals(wanted)) {
            location += "?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", location));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(TRANSPORT);
    }
}

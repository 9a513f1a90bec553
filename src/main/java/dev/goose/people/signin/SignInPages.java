package dev.goose.people.signin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.InvalidInput;
import dev.goose.people.CurrentPerson;
import dev.goose.people.DemoTeam;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The sign-in form, signing out, and changing one's password, for built-in accounts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @Inject
    SignInService signIn;

    @Inject
    SignInConfig config;

    @Inject
    CurrentPerson current;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean keycloak;

    @CheckedTemplate(basePath = "people/signin")
    static class Templates {
        static native TemplateInstance login(String email, String error, String next, boolean signedOut,
                List<DemoTeam.Account> demoAccounts, boolean nobodyYet);

        static native TemplateInstance password(Map<String, String> errors, boolean changed);
    }

    @GET
    @Path("login")
    @PermitAll
    public Response loginForm(@RestQuery String next, @RestQuery boolean signedOut) {
        if (keycloak || current.isSignedIn()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        return Response.ok(Templates.login("", null, safeNext(next), signedOut, demoAccounts(), signIn.nobodyYet())).build();
    }

    @POST
    @Path("login")
    @PermitAll
    public Response login(@RestForm String email, @RestForm String password, @RestForm String next,
            @Context HttpServerRequest request) {
        if (keycloak) {
            return Response.seeOther(URI.create("/")).build();
        }
        PasswordCheck check = signIn.checkPassword(email, password, ClientAddress.of(request.remoteAddress()));
        if (!check.passed()) {
            Response.ResponseBuilder refused = check.throttled()
                    ? Response.status(429).header(HttpHeaders.RETRY_AFTER, check.retryAfter().toSeconds())
                    : Response.status(Response.Status.UNAUTHORIZED);
            return refused.entity(Templates.login(email == null ? "" : email, check.failure(), safeNext(next), false, demoAccounts(),
                            signIn.nobodyYet()))
                    .build();
        }
        String token = signIn.startSession(check.person().personId());
        return Response.seeOther(URI.create(safeNext(next))).cookie(sessionCookie(token, false)).build();
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout(@RestCookie(SessionMechanism.COOKIE) String token) {
        signIn.endSession(token);
        return Response.seeOther(URI.create("/login?signedOut=true")).cookie(sessionCookie("", true)).build();
    }

    @GET
    @Path("account/password")
    @Authenticated
    public TemplateInstance passwordForm(@RestQuery boolean changed) {
        return Templates.password(Map.of(), changed);
    }

    @POST
    @Path("account/password")
    @Authenticated
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirmation,
            @RestCookie(SessionMechanism.COOKIE) String token) {
        try {
            signIn.changePassword(this.current.id(), current, password, confirmation, token);
            return Response.seeOther(URI.create("/account/password?changed=true")).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.password(e.byField(), false)).build();
        }
    }

    private List<DemoTeam.Account> demoAccounts() {
        return DemoTeam.shown() ? DemoTeam.ACCOUNTS : List.of();
    }

    private NewCookie sessionCookie(String value, boolean expire) {
        NewCookie.Builder cookie = new NewCookie.Builder(SessionMechanism.COOKIE).value(value).path("/")
                .httpOnly(true).secure(config.secureCookie()).sameSite(NewCookie.SameSite.LAX);
        if (expire) {
            cookie.maxAge(0);
        }
        return cookie.build();
    }

    /** Only a path on this site: never an absolute or protocol-relative address (no open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/login") || next.startsWith("/logout")) {
            return "/";
        }
        try {
            URI uri = URI.create(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
        } catch (IllegalArgumentException notAUri) {
            return "/";
        }
    }
}

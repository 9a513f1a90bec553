package dev.goose.people.signin;

import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import dev.goose.errors.InvalidInput;
import dev.goose.people.signin.ApiTokens.NewToken;
import dev.goose.people.signin.ApiTokens.TokenView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where a person makes and revokes their personal API tokens, for a card in their CRM. */
@Path("/account/tokens")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TokenPages {

    @Inject
    ApiTokens tokens;

    @CheckedTemplate(basePath = "people/signin")
    static class Templates {
        static native TemplateInstance tokens(List<TokenView> tokens, NewToken created, String error);
    }

    @GET
    public TemplateInstance list() {
        return Templates.tokens(tokens.mine(), null, null);
    }

    /** The new token is shown on this response only: it is never stored, so it cannot be shown again. */
    @POST
    public Response create(@RestForm String name) {
        try {
            NewToken created = tokens.create(name);
            return Response.ok(Templates.tokens(tokens.mine(), created, null)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.tokens(tokens.mine(), null, e.getMessage())).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(Long id) {
        tokens.revoke(id);
        return Response.seeOther(URI.create("/account/tokens")).build();
    }
}

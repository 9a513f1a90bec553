package dev.goose.pipeline.deal;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A deal's credit split as JSON: who is credited with its value, by percent. */
@Path("/api/v1/deals/{id}/credits")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Deals")
public class CreditApi {

    @Inject
    CreditService credits;

    @GET
    @Operation(summary = "Who is credited with the deal: its owner in full unless a split was set")
    public CreditService.Credits get(Long id) {
        return credits.of(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split the deal's credit (managers and admins): shares by person in percent, adding up to 100;"
            + " no shares credits the owner in full")
    public CreditService.Credits put(Long id, CreditService.Request request) {
        return credits.set(id, request);
    }
}

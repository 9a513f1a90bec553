package dev.goose.pipeline.deal;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.goose.cache.FromMemory;
import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.pipeline.crm.DealCsv;
import dev.goose.pipeline.crm.DealImport;
import dev.goose.pipeline.deal.DealViews.ChangeView;
import dev.goose.pipeline.deal.DealViews.CloseRequest;
import dev.goose.pipeline.deal.DealViews.DealGuides;
import dev.goose.pipeline.deal.DealViews.DealRequest;
import dev.goose.pipeline.deal.DealViews.DealView;
import dev.goose.pipeline.deal.DealViews.MoveRequest;
import dev.goose.pipeline.deal.DealViews.MoveResult;
import dev.goose.pipeline.deal.DealViews.TickRequest;
import dev.goose.web.Revalidation;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Deals as JSON: reps work their own deals, managers their teams', admins all. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deals", description = "Deals, stage changes and the stage guides a deal shows")
public class DealApi {

    private static final String SEND_JSON = "Send the deal as a JSON object.";

    @Inject
    DealService deals;

    @Inject
    FromMemory memory;

    @Inject
    ObjectMapper mapper;

    @Inject
    DealImport importer;

    @GET
    @Path("deals")
    @Authenticated
    @Operation(summary = "Deals the caller may see, optionally of one pipeline (id or key) and one stage; closed ones on request")
    public List<DealView> list(@RestQuery String pipeline, @RestQuery String stage, @RestQuery boolean closed) {
        return deals.list(pipeline, stage, closed);
    }

    @POST
    @Path("deals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Add a deal in a pipeline (id or key; the default one if not given); owner defaults to the caller")
    public Response create(@Valid @NotNull(message = SEND_JSON) DealRequest request) {
        DealView created = deals.create(request);
        return Response.created(URI.create("/api/v1/deals/" + created.id())).entity(created).build();
    }

    @GET
    @Path("deals/export")
    @Produces("text/csv")
    @Authenticated
    @Operation(summary = "The deals the caller may see, closed ones included, as CSV")
    public Response export() {
        List<DealView> all = deals.list(null, true);
        String csv = DealCsv.write(all, ownerId -> deals.ownerEmail(ownerId));
        return Response.ok(csv, "text/csv").header("Content-Disposition", "attachment; filename=\"deals.csv\"").build();
    }

    @POST
    @Path("deals/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Authenticated
    @Operation(summary = "Import deals from CSV: ?apply=false (default) previews, ?apply=true stores all rows or none;"
            + " problems come back by row and column")
    public DealImport.Report importCsv(byte[] csv, @RestQuery boolean apply) {
        DealImport.Report report = importer.run(csv, apply);
        if (apply && !report.errors().isEmpty()) {
            throw new InvalidInput(report.errors().stream()
                    .map(e -> new FieldError(DealImport.field(e.row(), e.column()), e.message())).toList());
        }
        return report;
    }

    @GET
    @Path("deals/{id}")
    @Authenticated
    @Operation(summary = "One deal; 404 when the caller may not see it")
    public DealView get(Long id) {
        return deals.get(id);
    }

    @PUT
    @Path("deals/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Change a deal's fields (its stage moves through /stage)")
    public DealView update(Long id, @Valid @NotNull(message = SEND_JSON) DealRequest request) {
        return deals.update(id, request);
    }

    @POST
    @Path("deals/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Move a deal to a stage; open exit items are returned, or refuse the move (409) where the pipeline says so")
    public MoveResult move(Long id, @Valid @NotNull(message = "Name the stage to move to.") MoveRequest request) {
        return deals.move(id, request.stage(), null);
    }

    @POST
    @Path("deals/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Close a deal as won or lost, with a reason")
    public MoveResult close(Long id,
            @Valid @NotNull(message = "Say whether the deal was won (true) or lost (false).") CloseRequest request) {
        return deals.close(id, request.won(), request.reason());
    }

    @GET
    @Path("deals/{id}/guides")
    @Authenticated
    @Operation(summary = "The deal's stage guides: scripts as HTML and exit items, ticked or not;"
            + " with the ETag it answered, If-None-Match gets 304 Not Modified while nothing in them changed")
    @APIResponse(responseCode = "200", description = "The guides",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealGuides.class)))
    @APIResponse(responseCode = "304", description = "The guides are the ones the caller holds")
    public Uni<Response> guides(Long id, @RestHeader("If-None-Match") String ifNoneMatch) {
        // One write of known length: streaming kilobytes of script through the response cost more than making them.
        return memory.read(() -> Revalidation.ofJson(deals.guides(id), mapper, ifNoneMatch));
    }

    @PUT
    @Path("deals/{id}/ticks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Tick or untick an exit item of the deal's current stage")
    public DealGuides tick(Long id, @Valid @NotNull(message = "Name the exit item.") TickRequest request) {
        return deals.tick(id, request.playbook(), request.item(), !Boolean.FALSE.equals(request.done()));
    }

    @GET
    @Path("deals/{id}/history")
    @Authenticated
    @Operation(summary = "Every stage change: from, to, who, when, and the guide versions shown")
    public List<ChangeView> history(Long id) {
        return deals.history(id);
    }
}

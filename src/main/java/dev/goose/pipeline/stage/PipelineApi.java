package dev.goose.pipeline.stage;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.goose.people.Role;
import dev.goose.pipeline.deal.DealViews.PipelineView;
import dev.goose.pipeline.stage.PipelineRules.PipelineRequest;
import dev.goose.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pipelines as JSON: everyone reads them, managers and admins shape them. */
@Path("/api/v1/pipelines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipelines", description = "Pipelines and their ordered stages; one is the default")
public class PipelineApi {

    private static final String ID = "The pipeline's id or key";

    @Inject
    PipelineService pipelines;

    @GET
    @Authenticated
    @Operation(summary = "Pipelines with their ordered stages")
    public List<PipelineView> list() {
        return pipelines.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Add a pipeline with its stages in order (managers); without a key, one is made from the name")
    @APIResponse(responseCode = "201", description = "The pipeline as stored")
    @APIResponse(responseCode = "400", description = "Problems by field, such as name or stages[2].key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(PipelineRequest request) {
        PipelineView created = pipelines.create(request);
        return Response.created(URI.create("/api/v1/pipelines/" + created.key())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One pipeline with its ordered stages")
    public PipelineView get(@Parameter(description = ID) String id) {
        return pipelines.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Replace the name, exit rule and stages, in order (managers). Unlisted stages are removed, which is"
            + " refused while deals are in them; new keys add stages; a stage's key never changes")
    @APIResponse(responseCode = "200", description = "The pipeline as stored")
    @APIResponse(responseCode = "400", description = "Problems by field, such as stages[2].key; nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PipelineView update(@Parameter(description = ID) String id, PipelineRequest request) {
        return pipelines.update(id, request);
    }

    @POST
    @Path("{id}/default")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Make this the default pipeline (managers): for new deals, CRM feeds and the board")
    public PipelineView makeDefault(@Parameter(description = ID) String id) {
        return pipelines.makeDefault(id);
    }
}

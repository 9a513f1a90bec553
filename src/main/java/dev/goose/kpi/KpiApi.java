package dev.goose.kpi;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.people.Role;
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

/** KPI definitions as JSON: everyone signed in reads them, managers and admins define them. */
@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "What is measured: key, unit, direction, category and where the numbers come from")
public class KpiApi {

    @Inject
    KpiDefinitionService kpis;

    @GET
    @Authenticated
    @Operation(summary = "The active KPIs in dashboard order; all=true adds inactive ones for managers and admins")
    public List<KpiDefinitionView> list(@RestQuery boolean all) {
        return kpis.list(all);
    }

    @GET
    @Path("{key}")
    @Authenticated
    @Operation(summary = "One KPI by key, active or not")
    @APIResponse(responseCode = "404", description = "No KPI has this key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiDefinitionView get(String key) {
        return kpis.get(key);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Define a KPI (managers, admins)", description = "key: 2-60 of a-z, 0-9 and '-', unique. "
            + "unit: count, currency, percent or days. direction: higher-is-better or lower-is-better. "
            + "category: activity or outcome. source: logged, imported or derived. derivation, exactly when derived: "
            + "deals-won, revenue-won, margin-won, win-rate, cycle-days, pipeline-created, stage-advances or stage-conversion, "
            + "whose unit the KPI has. stageKey: a stage key of some pipeline, required for stage-conversion, "
            + "optional for stage-advances. Key, unit, source and derivation never change once created.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new KPI",
            content = @Content(schema = @Schema(implementation = KpiDefinitionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(KpiDefinitionRequest request) {
        KpiDefinitionView created = kpis.create(request == null ? KpiDefinitionRequest.empty() : request);
        return Response.created(URI.create("/api/v1/kpis/" + created.key())).entity(created).build();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Change a KPI (managers, admins)", description = "name is required. Key, unit, source and "
            + "derivation may be left out or repeated but never changed; active=false deactivates the KPI.")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiDefinitionView update(String key, KpiDefinitionRequest request) {
        return kpis.update(key, request == null ? KpiDefinitionRequest.empty() : request);
    }
}

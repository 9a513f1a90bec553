package dev.goose.kpi.target;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** KPI targets as JSON: reps read their own; managers set those of their people and teams; admins all. */
@Path("/api/v1/kpi-targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPI targets", description = "Targets per rep or team for a week, month or quarter, with ramps for new reps")
@APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TargetApi {

    @Inject
    TargetService targets;

    @Inject
    TargetGrid grid;

    @GET
    @Authenticated
    @Operation(summary = "The targets the caller may see, by person, team (its own and its members'), KPI key or kind")
    public List<TargetView> list(@RestQuery Long person, @RestQuery Long team, @RestQuery String kpi, @RestQuery String kind) {
        return targets.list(person, team, kpi, kind);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Set a target", description = "firstPeriod is any day of the first period (kept as that "
            + "period's start), lastPeriod any day of the last (kept as its end) or none. kind: week, month or quarter. "
            + "ramp: percents 0-100 by month such as [25, 50, 75, 100], for a rep only, counted from rampFrom: "
            + "onboarding (the default; the hire date for someone never enrolled) or hire.")
    @APIResponse(responseCode = "201", description = "Set; Location names the new target",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "409", description = "A target of the same KPI, subject and kind already covers some of these periods",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(TargetRequest request) {
        TargetView created = targets.create(request == null ? TargetRequest.empty() : request);
        return Response.created(URI.create("/api/v1/kpi-targets/" + created.id())).entity(created).build();
    }

    @GET
    @Path("grid")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "A team's active reps by active KPIs, with the target covering the period holding the date")
    public GridViews.Grid grid(@RestQuery Long team, @RestQuery String kind, @RestQuery LocalDate period) {
        return grid.grid(team, kind, period);
    }

    @PUT
    @Path("grid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Save cells of the grid from the period on, all or none", description = "A cell whose target "
            + "starts at the period is changed; one that started earlier ends with the previous period and a new one, "
            + "with the same ramp, starts here; null ends the target with the previous period (or removes it when it "
            + "starts here); a value without a target starts an open one. Errors are named cells[i].person, .kpi, .value.")
    public GridViews.Grid saveGrid(@RestQuery Long team, @RestQuery String kind, @RestQuery LocalDate period,
            GridViews.Save save) {
        return grid.save(team, kind, period, save == null ? List.of() : save.cells());
    }

    @GET
    @Path("{target}")
    @Authenticated
    @Operation(summary = "One target; 404 when the caller may not see it")
    public TargetView get(Long target) {
        return targets.get(target);
    }

    @PUT
    @Path("{target}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Change a target's value, ramp and last period; it may not come to overlap another")
    @APIResponse(responseCode = "409", description = "The new last period reaches into another target",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TargetView update(Long target, TargetChange change) {
        return targets.update(target, change == null ? TargetChange.empty() : change);
    }

    @DELETE
    @Path("{target}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Remove a target")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(Long target) {
        targets.delete(target);
        return Response.noContent().build();
    }
}

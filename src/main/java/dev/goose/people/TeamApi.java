package dev.goose.people;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.web.Problem;
import jakarta.annotation.security.RolesAllowed;
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

/** Teams as JSON: admins write, managers read the teams they lead. */
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Teams and their managers; admins write, managers read the teams they lead")
public class TeamApi {

    private static final String SEND_JSON = "Send the team as a JSON object.";

    @Inject
    TeamService teams;

    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Teams the caller may see; deactivated ones only on request")
    public List<TeamView> list(@RestQuery boolean inactive) {
        return teams.visibleTeams(inactive);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "One team; 404 when the caller may not see it")
    public TeamView get(Long id) {
        return teams.team(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a team (admins)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new team",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = SEND_JSON) TeamRequest request) {
        TeamView created = teams.create(request);
        return Response.created(URI.create("/api/v1/teams/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Deactivate a team (admins): members and history kept, no longer offered")
    public TeamView deactivate(Long id) {
        return teams.deactivate(id);
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Reactivate a team (admins)")
    public TeamView activate(Long id) {
        return teams.activate(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Rename a team or change its manager (admins)")
    public TeamView update(Long id, @Valid @NotNull(message = SEND_JSON) TeamRequest request) {
        return teams.update(id, request);
    }
}

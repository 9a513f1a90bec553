package dev.goose.people;

import java.net.URI;
import java.util.List;

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

/** Teams as JSON: admins write, managers read the teams they lead. */
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamApi {

    @Inject
    TeamService teams;

    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public List<TeamView> list() {
        return teams.visibleTeams();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TeamView get(Long id) {
        return teams.team(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(TeamRequest request) {
        TeamView created = teams.create(request == null ? new TeamRequest(null, null) : request);
        return Response.created(URI.create("/api/v1/teams/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public TeamView update(Long id, TeamRequest request) {
        return teams.update(id, request == null ? new TeamRequest(null, null) : request);
    }
}

package dev.goose.people;

import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

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
    public List<TeamView> list(@RestQuery boolean inactive) {
        return teams.visibleTeams(inactive);
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

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Role.ADMIN_NAME)
    public TeamView deactivate(Long id) {
        return teams.deactivate(id);
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(Role.ADMIN_NAME)
    public TeamView activate(Long id) {
        return teams.activate(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public TeamView update(Long id, TeamRequest request) {
        return teams.update(id, request == null ? new TeamRequest(null, null) : request);
    }
}

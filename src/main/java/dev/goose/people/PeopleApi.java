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

/** People as JSON: admins write, managers read the people on their teams. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleApi {

    @Inject
    PeopleService people;

    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public List<PersonView> list(@RestQuery Long team, @RestQuery boolean inactive) {
        return people.visiblePeople(team, inactive);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public PersonView get(Long id) {
        return people.person(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(PersonRequest request) {
        PersonView created = people.create(request == null ? empty() : request);
        return Response.created(URI.create("/api/v1/people/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public PersonView update(Long id, PersonRequest request) {
        return people.update(id, request == null ? empty() : request);
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Role.ADMIN_NAME)
    public PersonView deactivate(Long id) {
        return people.deactivate(id);
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(Role.ADMIN_NAME)
    public PersonView activate(Long id) {
        return people.activate(id);
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Role.ADMIN_NAME)
    public PersonView unlock(Long id) {
        return people.unlock(id);
    }

    private static PersonRequest empty() {
        return new PersonRequest(null, null, null, null, null, null, null);
    }
}

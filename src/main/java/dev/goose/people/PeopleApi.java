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

/** People as JSON: admins write, managers read the people on their teams. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People and their roles; admins write, managers read their teams' people")
public class PeopleApi {

    private static final String SEND_JSON = "Send the person as a JSON object.";

    @Inject
    PeopleService people;

    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Everyone the caller may see, optionally one team's, deactivated people only on request")
    public List<PersonView> list(@RestQuery Long team, @RestQuery boolean inactive) {
        return people.visiblePeople(team, inactive);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "One person; 404 when the caller may not see them")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "No such person, or out of the caller's sight",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonView get(Long id) {
        return people.person(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a person (admins)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = SEND_JSON) PersonRequest request) {
        PersonView created = people.create(request);
        return Response.created(URI.create("/api/v1/people/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change a person (admins); a password resets it, unlocks and ends their sessions")
    public PersonView update(Long id, @Valid @NotNull(message = SEND_JSON) PersonRequest request) {
        return people.update(id, request);
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Deactivate a person (admins): no more sign-in, history kept")
    public PersonView deactivate(Long id) {
        return people.deactivate(id);
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Reactivate a person (admins)")
    public PersonView activate(Long id) {
        return people.activate(id);
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Lift a lockout after failed sign-ins (admins)")
    public PersonView unlock(Long id) {
        return people.unlock(id);
    }

}

package dev.goose.people;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in person, whoever they are. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class MeApi {

    @Inject
    PeopleService people;

    @GET
    @Authenticated
    @Operation(summary = "The signed-in person and their role")
    public PersonView me() {
        return people.me();
    }
}

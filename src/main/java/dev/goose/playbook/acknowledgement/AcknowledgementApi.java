package dev.goose.playbook.acknowledgement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.goose.people.Role;
import dev.goose.playbook.acknowledgement.ReadingViews.AcknowledgeRequest;
import dev.goose.playbook.acknowledgement.ReadingViews.Acknowledged;
import dev.goose.playbook.acknowledgement.ReadingViews.PersonReading;
import dev.goose.playbook.acknowledgement.ReadingViews.PlaybookReaders;
import dev.goose.playbook.acknowledgement.ReadingViews.ToRead;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Read acknowledgements as JSON: everyone reads and acknowledges; managers and admins see who has not. */
@Path("/api/v1/acknowledgements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acknowledgements", description = "Who must read which playbook version, and who has read it")
public class AcknowledgementApi {

    @Inject
    AcknowledgementService acknowledgements;

    @GET
    @Path("to-read")
    @Authenticated
    @Operation(summary = "Playbooks whose current version the caller must acknowledge; 'since' is the version"
            + " they last acknowledged, to diff from")
    public List<ToRead> toRead() {
        return acknowledgements.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Acknowledge the current version of a playbook: 201 when recorded, 200 when it already was,"
            + " 409 with currentVersion when the version is not the current one")
    public Response acknowledge(AcknowledgeRequest request) {
        Acknowledged done = request == null ? acknowledgements.acknowledge(null, null)
                : acknowledgements.acknowledge(request.playbook(), request.version());
        return Response.status(done.created() ? 201 : 200).entity(done).build();
    }

    @GET
    @Path("outstanding/playbooks")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Per published playbook: who among the people the caller sees has not acknowledged it")
    public List<PlaybookReaders> byPlaybook() {
        return acknowledgements.byPlaybook();
    }

    @GET
    @Path("outstanding/people")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Per person the caller sees: the playbooks they have yet to acknowledge")
    public List<PersonReading> byPerson() {
        return acknowledgements.byPerson();
    }
}

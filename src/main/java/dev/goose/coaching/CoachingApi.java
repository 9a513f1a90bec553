package dev.goose.coaching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Coaching as JSON: the signals that say who needs help with what. */
@Path("/api/v1/coaching")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coaching", description = "Signals computed from KPIs, deals, onboarding and playbooks, each with the section that helps")
public class CoachingApi {

    @Inject
    CoachingService coaching;

    @GET
    @Path("signals")
    @Authenticated
    @Operation(summary = "The signals of the reps the caller leads, by rep, the most urgent first",
            description = "A manager sees their teams' reps, an admin everyone's, a rep their own. So far: deals that reached their"
                    + " stage's stall limit, linked to the deal and to the stage's script section.")
    public List<CoachingService.RepSignals> signals() {
        return coaching.signals();
    }
}

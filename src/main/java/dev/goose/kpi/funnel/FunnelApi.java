package dev.goose.kpi.funnel;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.kpi.funnel.FunnelViews.FunnelQuery;
import dev.goose.kpi.funnel.FunnelViews.FunnelReport;
import dev.goose.kpi.funnel.FunnelViews.ScriptReport;
import dev.goose.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The funnel report and script effectiveness as JSON, over the deals the caller may see: a rep
 * their own, a manager their teams', an admin anyone's. Conversions are exact decimals; the
 * display strings are rounded.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reports", description = "The stage funnel and script effectiveness")
@APIResponse(responseCode = "400", description = "Invalid input, each field named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such team or person, or out of the caller's sight",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FunnelApi {

    @Inject
    FunnelService funnels;

    @GET
    @Path("funnel")
    @Operation(summary = "Conversion from each stage to the next and time in stage, with the biggest drop, for the deals"
            + " of a pipeline (default the default one) created from..to (default the last 90 days), of a team, a person"
            + " or everyone the caller sees")
    public FunnelReport funnel(@RestQuery String pipeline, @RestQuery String team, @RestQuery String person,
            @RestQuery String from, @RestQuery String to) {
        return funnels.funnel(new FunnelQuery(pipeline, team, person, from, to));
    }

    @GET
    @Path("script-effectiveness")
    @Operation(summary = "Conversion out of a stage (default the first) split by the version of its script current when"
            + " each deal entered it, with counts; the same deals as the funnel")
    public ScriptReport scripts(@RestQuery String pipeline, @RestQuery String stage, @RestQuery String team,
            @RestQuery String person, @RestQuery String from, @RestQuery String to) {
        return funnels.scripts(new FunnelQuery(pipeline, team, person, from, to), stage);
    }
}

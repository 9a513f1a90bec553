package dev.goose.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.people.Role;
import dev.goose.pipeline.DealViews.PipelineView;
import dev.goose.web.InvalidInput;
import dev.goose.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where managers tune the pipeline's stages and exit rule. */
@Path("/pipelines")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
public class PipelinePages {

    @Inject
    PipelineService pipelines;

    @CheckedTemplate(basePath = "deals")
    static class Templates {
        static native TemplateInstance pipelines(List<PipelineView> pipelines, Map<String, String> errors, String notice);
    }

    @GET
    public TemplateInstance list(@RestQuery String done) {
        return Templates.pipelines(pipelines.all(), Map.of(), Notice.of(done));
    }

    @POST
    @Path("{id}")
    public Response update(Long id, @RestForm String exitRule, @RestForm List<String> key, @RestForm List<String> name,
            @RestForm List<String> winProbability, @RestForm List<String> stallDays) {
        try {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            List<PipelineService.StageRequest> stages = new ArrayList<>();
            for (int i = 0; i < key.size(); i++) {
                Integer probability = errors.parse("stages[" + i + "].winProbability", at(winProbability, i), Integer::valueOf,
                        "Use a whole percentage from 0 to 100.");
                Integer stall = errors.parse("stages[" + i + "].stallDays", at(stallDays, i), Integer::valueOf,
                        "Use a number of days, or leave it empty.");
                stages.add(new PipelineService.StageRequest(key.get(i), at(name, i), probability, stall));
            }
            errors.throwIfAny();
            pipelines.update(id, new PipelineService.PipelineRequest(exitRule, stages));
            return Response.seeOther(URI.create("/pipelines?done=saved")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.pipelines(pipelines.all(), e.byField(), null)).build();
        }
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() ? values.get(index) : null;
    }
}

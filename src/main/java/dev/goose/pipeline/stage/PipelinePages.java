package dev.goose.pipeline.stage;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.people.Role;
import dev.goose.pipeline.deal.DealViews.PipelineView;
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

/** Where managers create pipelines, shape their stages and exit rule, and choose the default one. */
@Path("/pipelines")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
public class PipelinePages {

    @Inject
    PipelineService pipelines;

    @CheckedTemplate(basePath = "pipeline/stage")
    static class Templates {
        static native TemplateInstance list(List<PipelineView> pipelines, String notice);

        static native TemplateInstance form(PipelineForm form, String notice);
    }

    @GET
    public TemplateInstance list(@RestQuery String done) {
        return Templates.list(pipelines.all(), Notice.of(done));
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.form(PipelineForm.blank(), null);
    }

    @POST
    public Response create(@RestForm String key, @RestForm String name, @RestForm String exitRule, @RestForm List<String> kind,
            @RestForm("stageKey") List<String> keys, @RestForm("stageName") List<String> names,
            @RestForm List<String> winProbability, @RestForm List<String> outcome, @RestForm List<String> stallDays,
            @RestForm List<String> order) {
        PipelineForm form = PipelineForm.typed(null, key, name, exitRule, kind, keys, names, winProbability, outcome, stallDays,
                order, Set.of(), Map.of());
        return save(form, request -> pipelines.create(request), "created");
    }

    @GET
    @Path("{id}")
    public TemplateInstance editForm(String id, @RestQuery String done) {
        return Templates.form(PipelineForm.of(pipelines.get(id), pipelines.dealsByStage(id)), Notice.of(done));
    }

    @POST
    @Path("{id}")
    public Response update(String id, @RestForm String name, @RestForm String exitRule, @RestForm List<String> kind,
            @RestForm("stageKey") List<String> keys, @RestForm("stageName") List<String> names,
            @RestForm List<String> winProbability, @RestForm List<String> outcome, @RestForm List<String> stallDays,
            @RestForm List<String> order, @RestForm List<String> remove) {
        PipelineView pipeline = pipelines.get(id);
        PipelineForm form = PipelineForm.typed(pipeline.id(), pipeline.key(), name, exitRule, kind, keys, names, winProbability,
                outcome, stallDays, order, remove == null ? Set.of() : new HashSet<>(remove), pipelines.dealsByStage(id));
        return save(form, request -> pipelines.update(id, request), "saved");
    }

    @POST
    @Path("{id}/default")
    public Response makeDefault(String id) {
        pipelines.makeDefault(id);
        return Response.seeOther(URI.create("/pipelines?done=default")).build();
    }

    /** Saves the form's pipeline and shows it, or shows the form again as typed with each problem in its place. */
    private static Response save(PipelineForm form, Function<PipelineRules.PipelineRequest, PipelineView> saving,
            String done) {
        PipelineForm.Parsed parsed = form.parse();
        try {
            if (!parsed.errors().isEmpty()) {
                // Say everything at once: what could not be read, and what the rules say about the rest.
                List<FieldError> problems = new ArrayList<>(parsed.errors());
                problems.addAll(PipelineRules.check(parsed.request()));
                throw new InvalidInput(problems);
            }
            PipelineView saved = saving.apply(parsed.request());
            return Response.seeOther(URI.create("/pipelines/" + saved.key() + "?done=" + done)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.form(form.withErrors(e.errors(), parsed.rowOf()), null)).build();
        }
    }
}

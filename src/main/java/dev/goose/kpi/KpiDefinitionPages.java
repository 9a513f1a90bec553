package dev.goose.kpi;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.InvalidInput;
import dev.goose.people.Role;
import dev.goose.pipeline.Pipelines;
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

/** Pages where managers and admins define KPIs: the list, a new one, and changing or deactivating one. */
@Path("/kpis/definitions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
public class KpiDefinitionPages {

    @Inject
    KpiDefinitionService kpis;

    /** The definition form as typed; {@code existing} when changing one, whose fixed fields are shown, not sent. */
    public record Form(boolean existing, String key, String name, String description, String unit, String direction,
            String category, String source, String derivation, String stageKey, String position, boolean active) {

        static Form of(KpiDefinitionView kpi) {
            return new Form(true, kpi.key(), kpi.name(), kpi.description(), kpi.unit(), kpi.direction(), kpi.category(),
                    kpi.source(), kpi.derivation(), kpi.stageKey(), String.valueOf(kpi.position()), kpi.active());
        }
    }

    /** The words each select offers. */
    public record Choices(List<String> units, List<String> directions, List<String> categories, List<String> sources,
            List<String> derivations, List<String> stages) {

        static Choices now() {
            return new Choices(words(Unit.values()), words(Direction.values()), words(Category.values()),
                    words(Source.values()), words(Derivation.values()), Pipelines.liveStageKeys());
        }

        private static List<String> words(Enum<?>[] values) {
            return Arrays.stream(values).map(KpiChoices::word).toList();
        }
    }

    @CheckedTemplate(basePath = "kpi/definition")
    static class Templates {
        static native TemplateInstance list(List<KpiDefinitionView> kpis, String notice);

        static native TemplateInstance form(Form form, Map<String, String> errors, Choices choices);
    }

    @GET
    public TemplateInstance list(@RestQuery String done) {
        return Templates.list(kpis.list(true), Notice.of(done));
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        Form blank = new Form(false, "", "", "", "count", "higher-is-better", "activity", "logged", "", "", "", true);
        return Templates.form(blank, Map.of(), Choices.now());
    }

    @POST
    public Response create(@RestForm String key, @RestForm String name, @RestForm String description,
            @RestForm String unit, @RestForm String direction, @RestForm String category, @RestForm String source,
            @RestForm String derivation, @RestForm String stageKey, @RestForm String position) {
        Form form = new Form(false, key, name, description, unit, direction, category, source, derivation, stageKey,
                position, true);
        return save(form, null);
    }

    @GET
    @Path("{key}")
    public TemplateInstance editForm(String key) {
        return Templates.form(Form.of(kpis.get(key)), Map.of(), Choices.now());
    }

    @POST
    @Path("{key}")
    public Response update(String key, @RestForm String name, @RestForm String description, @RestForm String direction,
            @RestForm String category, @RestForm String stageKey, @RestForm String position) {
        KpiDefinitionView current = kpis.get(key);
        Form form = new Form(true, key, name, description, current.unit(), direction, category, current.source(),
                current.derivation(), stageKey, position, current.active());
        return save(form, key);
    }

    @POST
    @Path("{key}/activate")
    public Response activate(String key) {
        kpis.setActive(key, true);
        return done("reactivated");
    }

    @POST
    @Path("{key}/deactivate")
    public Response deactivate(String key) {
        kpis.setActive(key, false);
        return done("deactivated");
    }

    private static Response done(String notice) {
        return Response.seeOther(URI.create("/kpis/definitions?done=" + notice)).build();
    }

    private Response save(Form form, String existingKey) {
        try {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            Integer position = errors.parse("position", form.position(), Integer::valueOf, "Enter a whole number.");
            errors.throwIfAny();
            if (existingKey == null) {
                kpis.create(new KpiDefinitionRequest(form.key(), form.name(), form.description(), form.unit(),
                        form.direction(), form.category(), form.source(), form.derivation(), form.stageKey(), position, null));
                return done("created");
            }
            kpis.update(existingKey, new KpiDefinitionRequest(null, form.name(), form.description(), null,
                    form.direction(), form.category(), null, null, form.stageKey() == null ? "" : form.stageKey(), position, null));
            return done("saved");
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.form(form, e.byField(), Choices.now())).build();
        }
    }
}

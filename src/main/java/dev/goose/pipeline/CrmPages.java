package dev.goose.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import dev.goose.people.PeopleService;
import dev.goose.people.PersonView;
import dev.goose.people.Role;
import dev.goose.pipeline.WebhookApi.MappingView;
import dev.goose.pipeline.WebhookApi.SourceView;
import dev.goose.web.InvalidInput;
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

/** Where admins add the CRMs that feed deals in, and map their stages to Goose's. */
@Path("/admin/crm")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class CrmPages {

    @Inject
    WebhookApi api;

    @Inject
    PeopleService people;

    /** A source with its mapping as lines of "pipeline,stage,goose stage". */
    public record SourceLines(String name, String defaultOwner, String mapping) {
    }

    @CheckedTemplate(basePath = "deals")
    static class Templates {
        static native TemplateInstance crm(List<SourceLines> sources, List<PersonView> owners, SourceView created,
                Map<String, String> errors);
    }

    @GET
    public TemplateInstance page() {
        return page(null, Map.of());
    }

    @POST
    public Response add(@RestForm String name, @RestForm Long defaultOwnerId, @RestForm String secret) {
        try {
            SourceView created = api.addSource(new WebhookApi.SourceRequest(name, defaultOwnerId, secret));
            return Response.ok(page(created, Map.of())).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(page(null, e.byField())).build();
        }
    }

    /** Replaces a source's mapping from lines of "external pipeline (or *),external stage,Goose stage key". */
    @POST
    @Path("{source}/mappings")
    public Response mappings(String source, @RestForm String mapping) {
        List<MappingView> wanted = new ArrayList<>();
        String[] lines = mapping == null ? new String[0] : mapping.split("\\R");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",", -1);
            wanted.add(parts.length == 3 ? new MappingView(parts[0].strip(), parts[1].strip(), parts[2].strip())
                    : new MappingView(null, null, line.strip()));
        }
        try {
            api.replaceMappings(source, wanted);
            return Response.seeOther(URI.create("/admin/crm")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(page(null, e.byField())).build();
        }
    }

    private TemplateInstance page(SourceView created, Map<String, String> errors) {
        List<SourceLines> sources = api.sources().stream().map(s -> new SourceLines(s.name(), s.defaultOwner(),
                String.join("\n", api.mappings(s.name()).stream()
                        .map(m -> m.externalPipeline() + "," + m.externalStage() + "," + m.stage()).toList()))).toList();
        return Templates.crm(sources, people.leaders(), created, errors);
    }
}

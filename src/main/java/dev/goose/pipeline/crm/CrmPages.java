package dev.goose.pipeline.crm;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import dev.goose.errors.InvalidInput;
import dev.goose.people.PeopleService;
import dev.goose.people.PersonView;
import dev.goose.people.Role;
import dev.goose.pipeline.crm.WebhookApi.MappingView;
import dev.goose.pipeline.crm.WebhookApi.SkippedView;
import dev.goose.pipeline.crm.WebhookApi.SourceView;
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

/**
 * Where admins add the CRMs that feed deals in, choose who owns the deals they create, map their
 * stages to Goose's, and see and replay the events that could not be applied.
 */
@Path("/admin/crm")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class CrmPages {

    @Inject
    WebhookApi api;

    @Inject
    PeopleService people;

    /**
     * A source with its mapping as lines of "pipeline,stage,goose stage", and its skipped events;
     * ownerListed says whether its owner is among the people the owner list offers.
     */
    public record SourceLines(String name, Long defaultOwnerId, String defaultOwner, boolean ownerListed, String marginProperty,
            String mapping, List<SkippedRow> skipped) {
    }

    /** A skipped event as the page lists it: when it happened in the CRM (or, if it does not say, when it came). */
    public record SkippedRow(String when, String deal, String eventId, String property, String reason) {
        static SkippedRow of(SkippedView s) {
            String when = s.occurredAt() != null ? TIME.format(s.occurredAt()) : TIME.format(s.receivedAt()) + " (received)";
            // The property has its own column, so the reason need not start with it.
            String reason = s.property() != null && s.reason().startsWith(s.property() + ": ")
                    ? s.reason().substring(s.property().length() + 2) : s.reason();
            return new SkippedRow(when, s.deal() == null ? "–" : s.deal(), s.eventId() == null ? "–" : s.eventId(),
                    s.property() == null ? "–" : s.property(), reason);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** What a replay of a source's skipped events did, to say so on the page. */
    public record Replayed(String source, CrmFeed.Result result) {
    }

    @CheckedTemplate(basePath = "pipeline/crm")
    static class Templates {
        static native TemplateInstance crm(List<SourceLines> sources, List<PersonView> owners, SourceView created,
                Replayed replayed, Map<String, String> errors);
    }

    @GET
    public TemplateInstance page() {
        return page(null, null, Map.of());
    }

    @POST
    public Response add(@RestForm String name, @RestForm Long defaultOwnerId, @RestForm String secret, @RestForm String marginProperty) {
        try {
            SourceView created = api.addSource(new WebhookApi.SourceRequest(name, defaultOwnerId, secret, marginProperty));
            return Response.ok(page(created, null, Map.of())).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(page(null, null, e.byField())).build();
        }
    }

    @POST
    @Path("{source}/settings")
    public Response settings(String source, @RestForm Long defaultOwnerId, @RestForm String marginProperty) {
        try {
            api.changeSource(source, new WebhookApi.SourceChange(defaultOwnerId, marginProperty));
            return Response.seeOther(URI.create("/admin/crm#source-" + source)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(page(null, null, e.byField())).build();
        }
    }

    /** Applies the skipped events that now can be, and says on the page what happened. */
    @POST
    @Path("{source}/replay")
    public TemplateInstance replay(String source) {
        return page(null, new Replayed(source, api.replay(source)), Map.of());
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
            return Response.status(400).entity(page(null, null, e.byField())).build();
        }
    }

    private TemplateInstance page(SourceView created, Replayed replayed, Map<String, String> errors) {
        List<PersonView> owners = people.leaders();
        List<SourceLines> sources = api.sources().stream().map(s -> new SourceLines(s.name(), s.defaultOwnerId(), s.defaultOwnerName(),
                owners.stream().anyMatch(o -> o.id().equals(s.defaultOwnerId())), s.marginProperty(),
                String.join("\n", api.mappings(s.name()).stream()
                        .map(m -> m.externalPipeline() + "," + m.externalStage() + "," + m.stage()).toList()),
                s.skipped() == 0 ? List.<SkippedRow>of() : api.skipped(s.name()).stream().map(SkippedRow::of).toList())).toList();
        return Templates.crm(sources, owners, created, replayed, errors);
    }
}

package dev.goose.pipeline.crm;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.Role;
import dev.goose.pipeline.stage.Pipeline;
import dev.goose.pipeline.stage.Stage;
import dev.goose.pipeline.stage.StageMapping;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Feeds from the CRM a team already uses: the signed webhook (Goose's signature or HubSpot's v3),
 * and the admins' settings of each source (secret, default owner, stage mapping).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CRM feeds", description = "Signed webhooks that upsert deals by external id, and their stage mapping")
public class WebhookApi {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    CrmFeed feed;

    /** The public base URL, for HubSpot's signature over the URL it called; see application.properties. */
    @ConfigProperty(name = "goose.public-url")
    Optional<URI> publicUrl;

    /**
     * A new source; secret is optional: give the HubSpot app's client secret, or Goose makes one.
     * marginProperty is optional too: the HubSpot deal property that holds the gross margin.
     */
    public record SourceRequest(String name, Long defaultOwnerId, String secret, String marginProperty) {
    }

    /**
     * A source; the secret is shown only when Goose made it, and only in the answer that made the source.
     * defaultOwner is the e-mail address of the person who owns the deals it creates; skipped counts its
     * events kept for a replay; marginProperty is the HubSpot deal property read as the gross margin, if any.
     */
    public record SourceView(String name, Long defaultOwnerId, String defaultOwner, String defaultOwnerName, String secret,
            long skipped, String marginProperty) {
    }

    /** A source's settings from now on: who owns the deals it creates, and the property it keeps the margin in (none if left out). */
    public record SourceChange(Long defaultOwnerId, String marginProperty) {
    }

    /** An event kept for a replay; occurredAt is when it happened in the CRM, if it says. */
    public record SkippedView(long id, String eventId, String deal, String property, Instant occurredAt, Instant receivedAt,
            String reason) {
    }

    public record MappingView(String externalPipeline, String externalStage, String stage) {
    }

    @POST
    @Path("webhooks/{source}")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    @Operation(summary = "Upsert deals by external id: Goose JSON {\"deals\":[{\"id\",\"name\",\"account\",\"amount\",\"margin\",\"currency\","
            + "\"ownerEmail\",\"pipeline\",\"stage\",\"expectedClose\",\"nextStep\"}]} or HubSpot's deal.creation and"
            + " deal.propertyChange events, applied in occurredAt order; an event older than a change applied to the same deal"
            + " property is stale, and one that cannot be applied is kept with its reason (skipped) while the rest is applied."
            + " Signed either by Goose's scheme: X-Goose-Timestamp (Unix seconds) and X-Goose-Signature: sha256=HMAC-SHA256(secret,"
            + " timestamp + '.' + body); or by HubSpot's v3 scheme: X-HubSpot-Request-Timestamp (Unix milliseconds) and"
            + " X-HubSpot-Signature-v3: base64(HMAC-SHA256(client secret, method + URL + body + timestamp))")
    public CrmFeed.Result deliver(String source, @RestHeader("X-Goose-Timestamp") String timestamp,
            @RestHeader("X-Goose-Signature") String signature, @RestHeader("X-HubSpot-Request-Timestamp") String hubspotTimestamp,
            @RestHeader("X-HubSpot-Signature-v3") String hubspotSignature, @Context HttpServerRequest request, byte[] body) {
        if (body == null || body.length > CrmFeed.MAX_BODY) {
            throw new WebApplicationException(body == null ? 400 : 413);
        }
        String url = WebhookProof.calledUrl(publicUrl, request.absoluteURI(), request.uri());
        return feed.deliver(source, new WebhookProof(request.method().name(), url, timestamp, signature, hubspotTimestamp,
                hubspotSignature), body);
    }

    @GET
    @Path("crm-sources")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    @Operation(summary = "The CRM sources (admins)")
    public List<SourceView> sources() {
        return CrmSource.<CrmSource>list("order by name").stream().map(s -> view(s, null)).toList();
    }

    @PUT
    @Path("crm-sources/{source}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    @Operation(summary = "Change a CRM source (admins): the owner of the deals it creates, and the HubSpot deal property read as"
            + " the gross margin (left out: none), from now on")
    public SourceView changeSource(String source, SourceChange change) {
        CrmSource crm = source(source);
        Member owner = change == null ? null : People.byId(change.defaultOwnerId()).orElse(null);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        errors.require(owner != null && owner.active(), "defaultOwnerId", "Choose the active person who owns the deals it creates.");
        String margin = marginProperty(change == null ? null : change.marginProperty(), errors);
        errors.throwIfAny();
        crm.defaultOwnerId = owner.id();
        crm.marginProperty = margin;
        return view(crm, null);
    }

    /** The margin property as given, stripped, or null for none; a name HubSpot cannot have, or one Goose reads already, is refused. */
    private static String marginProperty(String given, InvalidInput.Collector errors) {
        String name = given == null || given.isBlank() ? null : given.strip();
        errors.require(name == null || name.matches("[a-z][a-z0-9_]{0,99}"), "marginProperty",
                "Give the HubSpot property's internal name, such as gross_margin: a-z, 0-9 and _, at most 100 characters.");
        errors.require(name == null || !CrmEvents.HUBSPOT_PROPERTIES.contains(name), "marginProperty",
                "Goose reads " + name + " as itself; give the property that holds the gross margin.");
        return name;
    }

    @GET
    @Path("crm-sources/{source}/skipped")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    @Operation(summary = "The source's events that could not be applied, with the reason (admins)")
    public List<SkippedView> skipped(String source) {
        return SkippedEvent.of(source(source)).stream().map(s -> new SkippedView(s.id, s.eventId, s.externalId, s.property,
                s.occurredAt == null ? null : Instant.ofEpochMilli(s.occurredAt), s.receivedAt, s.reason)).toList();
    }

    @POST
    @Path("crm-sources/{source}/skipped/replay")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Apply the source's skipped events that now can be, in occurredAt order (admins); stale ones are"
            + " dropped, the rest stay skipped with their reason")
    public CrmFeed.Result replay(String source) {
        return feed.replay(source);
    }

    @POST
    @Path("crm-sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    @Operation(summary = "Add a CRM source (admins). Give its secret (for HubSpot: the app's client secret) or leave it out"
            + " and Goose makes one, returned in this response only")
    public SourceView addSource(SourceRequest request) {
        String name = request == null || request.name() == null ? "" : request.name().strip();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        errors.require(name.matches("[a-z0-9][a-z0-9_-]{0,59}"), "name", "Use a short name such as hubspot: a-z, 0-9, - and _.");
        errors.require(CrmSource.byName(name).isEmpty(), "name", "A source with this name exists already.");
        Member owner = request == null ? null : People.byId(request.defaultOwnerId()).orElse(null);
        errors.require(owner != null && owner.active(), "defaultOwnerId", "Choose the active person who owns the deals it creates.");
        String given = request == null || request.secret() == null || request.secret().isBlank() ? null : request.secret().strip();
        errors.require(given == null || given.matches("\\S{16,200}"), "secret",
                "Use at least 16 characters without spaces, such as the HubSpot app's client secret.");
        String margin = marginProperty(request == null ? null : request.marginProperty(), errors);
        errors.throwIfAny();
        CrmSource source = new CrmSource();
        source.name = name;
        source.secret = given != null ? given : newSecret();
        source.defaultOwnerId = owner.id();
        source.marginProperty = margin;
        source.createdAt = clock.instant();
        source.persist();

        return view(source, given != null ? null : source.secret);
    }

    private static SourceView view(CrmSource source, String secret) {
        Member owner = People.byId(source.defaultOwnerId).orElseThrow();
        return new SourceView(source.name, owner.id(), owner.email(), owner.name(), secret, SkippedEvent.countOf(source),
                source.marginProperty);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @GET
    @Path("crm-sources/{source}/mappings")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    @Operation(summary = "The source's stage mapping (admins)")
    public List<MappingView> mappings(String source) {
        return StageMapping.of(source(source)).stream()
                .map(m -> new MappingView(m.externalPipeline, m.externalStage, m.stageKey)).toList();
    }

    @PUT
    @Path("crm-sources/{source}/mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    @Operation(summary = "Replace the source's stage mapping (admins); pipeline \"*\" matches any")
    public List<MappingView> replaceMappings(String source, List<MappingView> mappings) {
        CrmSource crm = source(source);
        Pipeline pipeline = Pipeline.byDefault().orElseThrow(() -> new NotFound("A default pipeline"));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        List<MappingView> wanted = mappings == null ? List.of() : mappings;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            MappingView m = wanted.get(i);
            String at = "[" + i + "].";
            errors.require(m.externalStage() != null && !m.externalStage().isBlank() && m.externalStage().length() <= 100,
                    at + "externalStage", "Give the CRM's stage id (at most 100 characters).");
            errors.require(m.externalPipeline() == null || m.externalPipeline().length() <= 100, at + "externalPipeline",
                    "Use at most 100 characters.");
            errors.require(m.stage() != null && Stage.byKey(pipeline, m.stage()).isPresent(), at + "stage",
                    "There is no Goose stage '" + m.stage() + "'.");
            errors.require(seen.add(pipelineOf(m) + "\u0000" + m.externalStage()), at + "externalStage", "This stage is mapped twice.");
        }
        errors.throwIfAny();
        StageMapping.delete("source", crm);
        for (MappingView m : wanted) {
            StageMapping mapping = new StageMapping();
            mapping.source = crm;
            mapping.externalPipeline = pipelineOf(m);
            mapping.externalStage = m.externalStage().strip();
            mapping.stageKey = m.stage();
            mapping.persist();
        }
        return mappings(source);
    }

    private static String pipelineOf(MappingView m) {
        return m.externalPipeline() == null || m.externalPipeline().isBlank() ? StageMapping.ANY_PIPELINE : m.externalPipeline().strip();
    }

    private static CrmSource source(String name) {
        return CrmSource.byName(name).orElseThrow(() -> new NotFound("The CRM source"));
    }
}

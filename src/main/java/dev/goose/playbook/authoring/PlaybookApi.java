package dev.goose.playbook.authoring;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.goose.errors.InvalidInput;
import dev.goose.people.CurrentPerson;
import dev.goose.people.Role;
import dev.goose.playbook.authoring.Requests.DraftRequest;
import dev.goose.playbook.authoring.Requests.MarkdownRequest;
import dev.goose.playbook.authoring.Requests.PublishRequest;
import dev.goose.playbook.authoring.Requests.ReviewRequest;
import dev.goose.playbook.authoring.Requests.ReviewRequirement;
import dev.goose.playbook.authoring.Views.DiffView;
import dev.goose.playbook.authoring.Views.DraftView;
import dev.goose.playbook.authoring.Views.PlaybookSummary;
import dev.goose.playbook.authoring.Views.PlaybookView;
import dev.goose.playbook.authoring.Views.Preview;
import dev.goose.playbook.authoring.Views.PublishOutcome;
import dev.goose.playbook.authoring.Views.SearchHit;
import dev.goose.playbook.authoring.Views.VersionInfo;
import dev.goose.playbook.authoring.Views.VersionView;
import dev.goose.playbook.sync.PlaybookSync;
import dev.goose.playbook.sync.SyncReport;
import dev.goose.web.Revalidation;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Playbooks as JSON: everyone signed in reads; managers and admins write; admins sync the folder. */
@Path("/api/v1/playbooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Playbooks", description = "Versioned Markdown playbooks, their diffs, drafts, review and the folder sync")
public class PlaybookApi {

    private static final String SLUG = "{slug: [a-z0-9][a-z0-9_/-]*}";

    @Inject
    PlaybookQueries queries;

    @Inject
    PlaybookService playbooks;

    @Inject
    PlaybookSync sync;

    @Inject
    CurrentPerson current;

    @Inject
    ObjectMapper mapper;

    @GET
    @Authenticated
    @Operation(summary = "Published playbooks; for managers and admins also those only drafted")
    public List<PlaybookSummary> list() {
        return queries.list(current.hasRole(Role.ADMIN) || current.hasRole(Role.MANAGER));
    }


    @GET
    @Path("search")
    @Authenticated
    @Operation(summary = "Sections of published playbooks matching the words, in titles, headings and text")
    public List<SearchHit> search(@RestQuery String q) {
        return queries.search(q);
    }

    @GET
    @Path("review-due")
    @Authenticated
    @Operation(summary = "Playbooks the caller owns whose review date has passed")
    public List<PlaybookSummary> reviewDue() {
        return queries.reviewDueFor(current.member().email());
    }

    @POST
    @Path("sync")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Sync the playbook folder now (admins); the report lists every file with its problems by line")
    public SyncReport syncFolder() {
        return sync.sync(current.name());
    }

    @GET
    @Path("sync")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The report of the newest folder sync (admins): each file's outcome, and its warnings and errors"
            + " by line, kept until the file changes")
    public SyncReport syncReport() {
        return sync.report();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "What Markdown would publish as, or its problems by line; stores nothing")
    public Preview preview(MarkdownRequest request) {
        return playbooks.preview(request == null ? null : request.markdown());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Start a new playbook as a draft; its slug comes from the front matter or the title")
    public Response create(MarkdownRequest request) {
        DraftView draft = playbooks.create(request == null ? null : request.markdown());
        return Response.created(URI.create("/api/v1/playbooks/" + draft.slug())).entity(draft).build();
    }

    @GET
    @Path(SLUG)
    @Authenticated
    @Operation(summary = "A playbook at its current version, with its history")
    public PlaybookView get(String slug) {
        return queries.view(slug, null);
    }

    @GET
    @Path(SLUG + "/versions")
    @Authenticated
    @Operation(summary = "The version history, newest first")
    public List<VersionInfo> history(String slug) {
        return queries.history(slug);
    }

    @GET
    @Path(SLUG + "/versions/{number}")
    @Authenticated
    @Operation(summary = "Any version, as it was published; with the ETag it answered, If-None-Match gets 304 Not Modified")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "304", description = "The version is the one the caller holds")
    public Response version(String slug, int number, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Revalidation.ofJson(queries.view(slug, number).version(), mapper, ifNoneMatch);
    }

    @GET
    @Path(SLUG + "/diff")
    @Authenticated
    @Operation(summary = "The difference between any two versions: sections, lines and checklist items")
    public DiffView diff(String slug, @RestQuery Integer from, @RestQuery Integer to) {
        if (from == null || to == null) {
            throw InvalidInput.of(from == null ? "from" : "to", "Name both versions: ?from=1&to=2.");
        }
        return queries.diff(slug, from, to);
    }

    @POST
    @Path(SLUG + "/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Publish on top of baseVersion: 201 with the new version, 200 when the text is unchanged,"
            + " 409 with currentVersion when another version came first (the text is kept as the draft)")
    public Response publish(String slug, @Valid PublishRequest request) {
        requireBody(request, "baseVersion", Requests.BASE_VERSION);
        long start = System.nanoTime();
        PublishOutcome outcome = playbooks.publish(slug, request.markdown(), request.baseVersion(), request.note(),
                Boolean.TRUE.equals(request.major()));
        // Parse, render, sanitize, diff and store, committed: what publishing costs on the server.
        String took = String.format(java.util.Locale.ROOT, "publish;dur=%.1f", (System.nanoTime() - start) / 1e6);
        return Response.status(outcome.created() ? 201 : 200).header("Server-Timing", took).entity(outcome.version()).build();
    }

    @GET
    @Path(SLUG + "/draft")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "The shared draft, or the current text to start one")
    public DraftView draft(String slug) {
        return playbooks.draft(slug);
    }

    @PUT
    @Path(SLUG + "/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Save the draft")
    public DraftView saveDraft(String slug, @Valid DraftRequest request) {
        requireBody(request, "baseVersion", Requests.BASE_VERSION);
        return playbooks.saveDraft(slug, request.markdown(), request.baseVersion());
    }

    @DELETE
    @Path(SLUG + "/draft")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Discard the draft; a playbook never published is removed with it")
    public Response discardDraft(String slug) {
        playbooks.discardDraft(slug);
        return Response.noContent().build();
    }

    @POST
    @Path(SLUG + "/review")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Submit the draft for review by another manager")
    public DraftView submit(String slug) {
        return playbooks.submitForReview(slug, null, null);
    }

    @POST
    @Path(SLUG + "/review/approve")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Approve the submitted draft (not its submitter)")
    public DraftView approve(String slug, ReviewRequest request) {
        return playbooks.review(slug, true, request == null ? null : request.comment(), request == null ? null : request.sha256());
    }

    @POST
    @Path(SLUG + "/review/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Send the submitted draft back with a comment")
    public DraftView sendBack(String slug, ReviewRequest request) {
        return playbooks.review(slug, false, request == null ? null : request.comment(), request == null ? null : request.sha256());
    }

    @PUT
    @Path(SLUG + "/review-required")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Require (or stop requiring) an approved review before each publish (admins)")
    public Response requireReview(String slug, ReviewRequirement request) {
        playbooks.requireReview(slug, request != null && request.required());
        return Response.noContent().build();
    }

    /**
     * A missing body is answered as a body without its required field, as it always was: with that
     * field named, which a constraint on the parameter would not name.
     */
    private static void requireBody(Object request, String field, String message) {
        if (request == null) {
            throw InvalidInput.of(field, message);
        }
    }
}

package dev.goose.playbook.authoring;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.people.CurrentPerson;
import dev.goose.people.Role;
import dev.goose.playbook.authoring.Views.DiffView;
import dev.goose.playbook.authoring.Views.DraftView;
import dev.goose.playbook.authoring.Views.PlaybookSummary;
import dev.goose.playbook.authoring.Views.PlaybookView;
import dev.goose.playbook.authoring.Views.Preview;
import dev.goose.playbook.authoring.Views.SearchHit;
import dev.goose.playbook.sync.PlaybookSync;
import dev.goose.playbook.sync.SyncReport;
import dev.goose.web.Notice;
import dev.goose.web.Revalidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Playbook pages: everyone reads and searches; managers and admins write, review and publish. */
@Path("/playbooks")
@Produces(MediaType.TEXT_HTML)
public class PlaybookPages {

    private static final String SLUG = "{slug: [a-z0-9][a-z0-9_/-]*}";

    @Inject
    PlaybookQueries queries;

    @Inject
    PlaybookService playbooks;

    @Inject
    PlaybookSync sync;

    @Inject
    CurrentPerson current;

    @CheckedTemplate(basePath = "playbook/authoring")
    static class Templates {
        static native TemplateInstance list(List<PlaybookSummary> playbooks, List<PlaybookSummary> reviewDue, String notice);

        static native TemplateInstance search(String q, List<SearchHit> hits);

        static native TemplateInstance results(String q, List<SearchHit> hits);

        static native TemplateInstance callHits(String q, List<SearchHit> hits);

        static native TemplateInstance section(Views.SectionHtml section);

        static native TemplateInstance view(PlaybookView page, String notice);

        static native TemplateInstance diff(DiffView diff, List<Views.VersionInfo> history);

        static native TemplateInstance edit(DraftView draft, Preview preview, Map<String, String> errors, boolean creating,
                boolean reviewRequired, String notice, String note, String me);

        static native TemplateInstance preview(Preview preview);

        static native TemplateInstance syncReport(SyncReport report, String notice);
    }

    @GET
    @Authenticated
    public TemplateInstance list(@RestQuery String done) {
        return Templates.list(queries.list(leader()), queries.reviewDueFor(current.member().email()), Notice.of(done));
    }

    @GET
    @Path("search")
    @Authenticated
    public TemplateInstance search(@RestQuery String q, @RestQuery String mode, @RestHeader("HX-Request") String htmx) {
        List<SearchHit> hits = queries.search(q);
        String query = q == null ? "" : q;
        if ("call".equals(mode)) {
            return Templates.callHits(query, hits);
        }
        return "true".equals(htmx) ? Templates.search(query, hits) : Templates.results(query, hits);
    }

    /** One section of the current version: call mode opens scripts with it, without leaving the page. */
    @GET
    @Path(SLUG + "/sections/{anchor}")
    @Authenticated
    public TemplateInstance section(String slug, String anchor) {
        return Templates.section(queries.section(slug, anchor));
    }

    @GET
    @Path("sync")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance syncReport(@RestQuery String done) {
        return Templates.syncReport(sync.report(), Notice.of(done));
    }

    @POST
    @Path("sync")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response syncFolder() {
        sync.sync(current.name());
        return Response.seeOther(URI.create("/playbooks/sync?done=synced")).build();
    }

    @GET
    @Path("new")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance newForm() {
        String starter = "---\ntitle: \nkind: sales\n---\n\n# \n\n## First section\n\n- [ ] A first checklist item\n";
        return Templates.edit(newDraft(starter), playbooks.preview(starter), Map.of(), true, false, null, "", current.name());
    }

    @POST
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response create(@RestForm String markdown) {
        try {
            DraftView draft = playbooks.create(markdown);
            return Response.seeOther(URI.create("/playbooks/" + draft.slug() + "/edit?done=created")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.edit(newDraft(markdown == null ? "" : markdown), playbooks.previewInEditor(markdown),
                    e.byField(), true, false, null, "", current.name())).build();
        }
    }

    @POST
    @Path("preview")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance preview(@RestForm String markdown) {
        return Templates.preview(playbooks.previewInEditor(markdown));
    }

    @GET
    @Path(SLUG)
    @Authenticated
    public Response view(String slug, @RestQuery Integer version, @RestQuery String done,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        // Rendered here, not by the writer, so that the tag hashes the page as sent, its viewer's parts too.
        String page = Templates.view(queries.view(slug, version), Notice.of(done)).render();
        return Revalidation.of(page.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML + ";charset=UTF-8", ifNoneMatch);
    }

    @GET
    @Path(SLUG + "/diff")
    @Authenticated
    public TemplateInstance diff(String slug, @RestQuery Integer from, @RestQuery Integer to) {
        List<Views.VersionInfo> history = queries.history(slug);
        int newest = history.isEmpty() ? 0 : history.get(0).number();
        int older = from != null ? from : Math.max(1, newest - 1);
        return Templates.diff(queries.diff(slug, older, to != null ? to : newest), history);
    }

    @GET
    @Path(SLUG + "/edit")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance edit(String slug, @RestQuery String done) {
        DraftView draft = playbooks.draft(slug);
        return editor(draft, draft.markdown(), "", Map.of(), Notice.of(done));
    }

    @POST
    @Path(SLUG + "/draft")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response saveDraft(String slug, @RestForm String markdown, @RestForm int baseVersion, @RestForm String note) {
        try {
            playbooks.saveDraft(slug, markdown, baseVersion);
            return Response.seeOther(URI.create("/playbooks/" + slug + "/edit?done=saved")).build();
        } catch (InvalidInput e) {
            return refused(400, slug, markdown, baseVersion, note, e.byField());
        }
    }

    @POST
    @Path(SLUG + "/draft/discard")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response discardDraft(String slug) {
        playbooks.discardDraft(slug);
        return Response.seeOther(URI.create("/playbooks?done=discarded")).build();
    }

    @POST
    @Path(SLUG + "/publish")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response publish(String slug, @RestForm String markdown, @RestForm int baseVersion, @RestForm String note,
            @RestForm boolean major) {
        try {
            playbooks.publish(slug, markdown, baseVersion, note, major);
            return Response.seeOther(URI.create("/playbooks/" + slug + "?done=published")).build();
        } catch (InvalidInput e) {
            return refused(400, slug, markdown, baseVersion, note, e.byField());
        } catch (NotAllowed e) {
            return refused(403, slug, markdown, baseVersion, note, Map.of("refused", e.getMessage()));
        } catch (Conflict e) {
            // The text and note stay in the form, now based on the current version: publishing again
            // replaces it, so the page links to what changed first.
            int currentVersion = e.currentVersion() == null ? baseVersion : e.currentVersion();
            return refused(409, slug, markdown, currentVersion, note, Map.of("conflict", e.getMessage(),
                    "compare", "/playbooks/" + slug + "/diff?from=" + baseVersion + "&to=" + currentVersion));
        }
    }

    @POST
    @Path(SLUG + "/review")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response submit(String slug, @RestForm String markdown, @RestForm Integer baseVersion) {
        try {
            playbooks.submitForReview(slug, markdown, baseVersion);
            return Response.seeOther(URI.create("/playbooks/" + slug + "/edit?done=submitted")).build();
        } catch (InvalidInput e) {
            return refused(400, slug, markdown, baseVersion == null ? 0 : baseVersion, "", e.byField());
        }
    }

    @POST
    @Path(SLUG + "/review/approve")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response approve(String slug, @RestForm String comment, @RestForm String sha256) {
        return review(slug, true, comment, sha256, "approved");
    }

    @POST
    @Path(SLUG + "/review/send-back")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response sendBack(String slug, @RestForm String comment, @RestForm String sha256) {
        return review(slug, false, comment, sha256, "sent-back");
    }

    @POST
    @Path(SLUG + "/review-required")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response requireReview(String slug, @RestForm boolean required) {
        playbooks.requireReview(slug, required);
        return Response.seeOther(URI.create("/playbooks/" + slug + "?done=saved")).build();
    }

    private Response review(String slug, boolean approve, String comment, String sha256, String done) {
        try {
            playbooks.review(slug, approve, comment, sha256);
            return Response.seeOther(URI.create("/playbooks/" + slug + "/edit?done=" + done)).build();
        } catch (InvalidInput | NotAllowed | Conflict e) {
            DraftView draft = playbooks.draft(slug);
            int status = e instanceof InvalidInput ? 400 : e instanceof Conflict ? 409 : 403;
            return Response.status(status).entity(editor(draft, draft.markdown(), "", Map.of("refused", e.getMessage()), null)).build();
        }
    }

    /** The editor again, with what was typed, and why it was refused. */
    private Response refused(int status, String slug, String markdown, int baseVersion, String note, Map<String, String> errors) {
        DraftView saved = playbooks.draft(slug);
        DraftView typed = new DraftView(slug, markdown == null ? "" : markdown, baseVersion, saved.state(), saved.reviewComment(),
                saved.submittedBy(), saved.author(), saved.updatedAt(), saved.currentVersion(), saved.sha256());
        return Response.status(status).entity(editor(typed, typed.markdown(), note, errors, null)).build();
    }

    private TemplateInstance editor(DraftView draft, String markdown, String note, Map<String, String> errors, String notice) {
        return Templates.edit(draft, playbooks.previewInEditor(markdown), errors, false, reviewRequired(draft.slug()), notice,
                note == null ? "" : note, current.name());
    }

    private boolean reviewRequired(String slug) {
        return queries.summary(slug).reviewRequired();
    }

    private static DraftView newDraft(String markdown) {
        return new DraftView("", markdown, 0, null, null, null, null, null, 0, null);
    }

    private boolean leader() {
        return current.hasRole(Role.ADMIN) || current.hasRole(Role.MANAGER);
    }
}

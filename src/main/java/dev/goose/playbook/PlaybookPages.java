package dev.goose.playbook;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.people.CurrentPerson;
import dev.goose.people.Role;
import dev.goose.playbook.Views.DiffView;
import dev.goose.playbook.Views.DraftView;
import dev.goose.playbook.Views.PlaybookSummary;
import dev.goose.playbook.Views.PlaybookView;
import dev.goose.playbook.Views.Preview;
import dev.goose.playbook.Views.SearchHit;
import dev.goose.web.Conflict;
import dev.goose.web.InvalidInput;
import dev.goose.web.Notice;
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

    @CheckedTemplate(basePath = "playbook")
    static class Templates {
        static native TemplateInstance list(List<PlaybookSummary> playbooks, List<PlaybookSummary> reviewDue, String notice);

        static native TemplateInstance search(String q, List<SearchHit> hits);

        static native TemplateInstance view(PlaybookView page, String notice);

        static native TemplateInstance diff(DiffView diff, List<Views.VersionInfo> history);

        static native TemplateInstance edit(DraftView draft, Preview preview, Map<String, String> errors, boolean creating,
                boolean reviewRequired, String notice);

        static native TemplateInstance preview(Preview preview);

        static native TemplateInstance synced(SyncReport report);
    }

    @GET
    @Authenticated
    public TemplateInstance list(@RestQuery String done) {
        return Templates.list(queries.list(leader()), queries.reviewDueFor(current.get()), Notice.of(done));
    }

    @GET
    @Path("search")
    @Authenticated
    public TemplateInstance search(@RestQuery String q) {
        return Templates.search(q == null ? "" : q, queries.search(q));
    }

    @POST
    @Path("sync")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance syncFolder() {
        return Templates.synced(sync.sync());
    }

    @GET
    @Path("new")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance newForm() {
        String starter = "---\ntitle: \nkind: sales\n---\n\n# \n\n## First section\n\n- [ ] A first checklist item\n";
        return Templates.edit(new DraftView("", starter, 0, null, null, null, null), playbooks.preview(starter), Map.of(), true, false, null);
    }

    @POST
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response create(@RestForm String markdown) {
        try {
            DraftView draft = playbooks.create(markdown);
            return Response.seeOther(URI.create("/playbooks/" + draft.slug() + "/edit?done=created")).build();
        } catch (InvalidInput e) {
            DraftView typed = new DraftView("", markdown == null ? "" : markdown, 0, null, null, null, null);
            return Response.status(400).entity(Templates.edit(typed, playbooks.preview(markdown), e.byField(), true, false, null)).build();
        }
    }

    @POST
    @Path("preview")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance preview(@RestForm String markdown) {
        return Templates.preview(playbooks.preview(markdown));
    }

    @GET
    @Path(SLUG)
    @Authenticated
    public TemplateInstance view(String slug, @RestQuery Integer version, @RestQuery String done) {
        return Templates.view(queries.view(slug, version), Notice.of(done));
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
        return Templates.edit(draft, playbooks.preview(draft.markdown()), Map.of(), false, reviewRequired(slug), Notice.of(done));
    }

    @POST
    @Path(SLUG + "/draft")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response saveDraft(String slug, @RestForm String markdown, @RestForm int baseVersion) {
        try {
            playbooks.saveDraft(slug, markdown, baseVersion);
            return Response.seeOther(URI.create("/playbooks/" + slug + "/edit?done=saved")).build();
        } catch (InvalidInput e) {
            return refused(slug, markdown, baseVersion, e.byField());
        }
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
            return refused(slug, markdown, baseVersion, e.byField());
        } catch (Conflict e) {
            return Response.status(409).entity(Templates.edit(playbooks.draft(slug), playbooks.preview(markdown),
                    Map.of("conflict", e.getMessage()), false, reviewRequired(slug), null)).build();
        }
    }

    @POST
    @Path(SLUG + "/review")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response submit(String slug) {
        playbooks.submitForReview(slug);
        return Response.seeOther(URI.create("/playbooks/" + slug + "/edit?done=submitted")).build();
    }

    @POST
    @Path(SLUG + "/review/approve")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response approve(String slug, @RestForm String comment) {
        playbooks.review(slug, true, comment);
        return Response.seeOther(URI.create("/playbooks/" + slug + "/edit?done=approved")).build();
    }

    @POST
    @Path(SLUG + "/review/send-back")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response sendBack(String slug, @RestForm String comment) {
        playbooks.review(slug, false, comment);
        return Response.seeOther(URI.create("/playbooks/" + slug + "/edit?done=sent-back")).build();
    }

    @POST
    @Path(SLUG + "/review-required")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response requireReview(String slug, @RestForm boolean required) {
        playbooks.requireReview(slug, required);
        return Response.seeOther(URI.create("/playbooks/" + slug + "?done=saved")).build();
    }

    private Response refused(String slug, String markdown, int baseVersion, Map<String, String> errors) {
        DraftView current = playbooks.draft(slug);
        DraftView typed = new DraftView(slug, markdown == null ? "" : markdown, baseVersion, current.state(),
                current.reviewComment(), current.submittedBy(), current.updatedAt());
        return Response.status(400).entity(Templates.edit(typed, playbooks.preview(markdown), errors, false,
                reviewRequired(slug), null)).build();
    }

    private boolean reviewRequired(String slug) {
        return queries.summary(slug).reviewRequired();
    }

    private boolean leader() {
        return current.hasRole(Role.ADMIN) || current.hasRole(Role.MANAGER);
    }
}

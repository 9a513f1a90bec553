package dev.goose.imports;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.goose.imports.ImportJobs.JobView;
import dev.goose.people.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The page that follows an import job: it asks for the progress every second until the job ends. */
@Path("/imports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentPerson current;

    @CheckedTemplate(basePath = "imports")
    static class Templates {
        static native TemplateInstance job(JobView job);

        static native TemplateInstance progress(JobView job);
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance job(String id) {
        return Templates.job(jobs.view(id, current.id()));
    }

    /** The progress block alone, for htmx to swap in. */
    @GET
    @Path("{id}/progress")
    @Operation(hidden = true)
    public TemplateInstance progress(String id) {
        return Templates.progress(jobs.view(id, current.id()));
    }
}

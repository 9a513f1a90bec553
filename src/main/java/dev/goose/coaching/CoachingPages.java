package dev.goose.coaching;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The coaching page: a manager's reps with their signals, most urgent first; a rep's own. */
@Path("/coaching")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CoachingPages {

    @Inject
    CoachingService coaching;

    @CheckedTemplate(basePath = "coaching")
    static class Templates {
        static native TemplateInstance signals(List<CoachingService.RepSignals> reps);
    }

    @GET
    public TemplateInstance signals() {
        return Templates.signals(coaching.signals());
    }
}

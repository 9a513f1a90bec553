package dev.goose.playbook.acknowledgement;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.people.CurrentPerson;
import dev.goose.playbook.acknowledgement.ReadingViews.Reading;
import dev.goose.playbook.acknowledgement.ReadingViews.ToRead;
import dev.goose.reminders.Reminder;
import dev.goose.reminders.Reminders;
import dev.goose.time.Clocks;
import dev.goose.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The reader's pages: what to read, one playbook with what changed since they last read it, and acknowledging it. */
@Path("/to-read")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ToReadPages {

    private static final String SLUG = "{slug: [a-z0-9][a-z0-9_/-]*}";

    @Inject
    Clock clock;

    @Inject
    AcknowledgementService acknowledgements;

    @Inject
    CurrentPerson current;

    @Inject
    Reminders reminders;

    @CheckedTemplate(basePath = "playbook/acknowledgement")
    static class Templates {
        static native TemplateInstance toRead(List<ToRead> playbooks, List<Reminder> others, String notice);

        static native TemplateInstance reading(Reading reading, String error);
    }

    @GET
    public TemplateInstance list(@RestQuery String done) {
        // The banner links here for overdue work too: what other features remind of is listed below.
        List<Reminder> others = reminders.of(current.id(), Clocks.serverToday(clock))
.stream().filter(r -> !r.isUnacknowledged()).toList();
        return Templates.toRead(acknowledgements.mine(), others, Notice.of(done));
    }

    @GET
    @Path(SLUG)
    public TemplateInstance reading(String slug) {
        return Templates.reading(acknowledgements.reading(slug), null);
    }

    @POST
    @Path(SLUG + "/acknowledge")
    public Response acknowledge(String slug, @RestForm Integer version) {
        try {
            acknowledgements.acknowledge(slug, version);
            return Response.seeOther(URI.create("/to-read?done=acknowledged")).build();
        } catch (InvalidInput | Conflict e) {
            // The page again, now at the current version, saying why: the reader has not seen what changed.
            int status = e instanceof Conflict ? 409 : 400;
            return Response.status(status).entity(Templates.reading(acknowledgements.reading(slug), e.getMessage())).build();
        }
    }
}

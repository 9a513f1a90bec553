package dev.goose.playbook.acknowledgement;

import java.util.List;

import dev.goose.people.Role;
import dev.goose.playbook.acknowledgement.ReadingViews.PersonReading;
import dev.goose.playbook.acknowledgement.ReadingViews.PlaybookReaders;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who has not read what: per playbook and per person, among the people the manager may see. */
@Path("/acknowledgements")
@Produces(MediaType.TEXT_HTML)
public class AcknowledgementPages {

    @Inject
    AcknowledgementService acknowledgements;

    @CheckedTemplate(basePath = "playbook/acknowledgement")
    static class Templates {
        static native TemplateInstance outstanding(List<PlaybookReaders> playbooks, List<PersonReading> people);
    }

    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance outstanding() {
        return Templates.outstanding(acknowledgements.byPlaybook(), acknowledgements.byPerson());
    }
}

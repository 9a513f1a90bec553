package dev.goose.people;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The page everyone lands on after signing in. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @Inject
    PeopleService people;

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance home(PersonView me, List<TeamView> teams);
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(people.me(), people.teamsLedByMe());
    }
}

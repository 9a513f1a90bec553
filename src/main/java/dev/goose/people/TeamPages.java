package dev.goose.people;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.InvalidInput;
import dev.goose.validation.Violations;
import dev.goose.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Team pages: managers see the teams they lead, admins see and change all of them. */
@Path("/teams")
@Produces(MediaType.TEXT_HTML)
public class TeamPages {

    @Inject
    TeamService teams;

    @Inject
    PeopleService people;

    @Inject
    Validator validator;

    /** The team form as typed. */
    public record TeamForm(Long id, String name, String managerId, String timeZone) {
    }

    @CheckedTemplate(basePath = "people/team")
    static class Templates {
        static native TemplateInstance list(List<TeamView> teams, boolean inactive);

        static native TemplateInstance team(TeamView team, List<PersonView> members, String notice);

        static native TemplateInstance form(TeamForm form, Map<String, String> errors, List<PersonView> leaders);
    }

    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance list(@RestQuery boolean inactive) {
        return Templates.list(teams.visibleTeams(inactive), inactive);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance team(Long id, @RestQuery String done) {
        return Templates.team(teams.team(id), people.visiblePeople(id, true), Notice.of(done));
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance newForm() {
        return Templates.form(new TeamForm(null, "", "", "UTC"), Map.of(), people.leaders());
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@RestForm String name, @RestForm String managerId, @RestForm String timeZone) {
        return save(new TeamForm(null, name, managerId, timeZone));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance editForm(Long id) {
        TeamView team = teams.team(id);
        String manager = team.managerId() == null ? "" : team.managerId().toString();
        return Templates.form(new TeamForm(id, team.name(), manager, team.timeZone()), Map.of(), people.leaders());
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response update(Long id, @RestForm String name, @RestForm String managerId, @RestForm String timeZone) {
        return save(new TeamForm(id, name, managerId, timeZone));
    }

    /** One form on the team page posts to either, as the team is active or not; the path says which. */
    @POST
    @Path("{id}/{change: activate|deactivate}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response setActive(Long id, String change) {
        if (change.equals("activate")) {
            teams.activate(id);
            return done(id, "reactivated");
        }
        teams.deactivate(id);
        return done(id, "deactivated");
    }

    private static Response done(Long id, String notice) {
        return Response.seeOther(URI.create("/teams/" + id + "?done=" + notice)).build();
    }

    private Response save(TeamForm form) {
        try {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            Long manager = errors.parse("managerId", form.managerId(), Long::valueOf, "Choose a manager from the list.");
            TeamRequest request = new TeamRequest(form.name(), manager, form.timeZone());
            // The API's shape rules, reported with the form's own problems and the service's.
            errors.addAll(Violations.errors(validator.validate(request)));
            TeamView saved = form.id() == null ? teams.create(request, errors) : teams.update(form.id(), request, errors);
            return done(saved.id(), form.id() == null ? "created" : "saved");
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.form(form, e.byField(), people.leaders())).build();
        }
    }
}

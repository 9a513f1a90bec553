package dev.goose.people;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.InvalidInput;
import dev.goose.time.Clocks;
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

/** People pages: managers read their teams' people, admins also add, change and deactivate. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PeoplePages {

    @Inject
    Clock clock;

    @Inject
    PeopleService people;

    @Inject
    TeamService teams;

    @Inject
    Validator validator;

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance list(List<PersonView> people, List<TeamView> teams, Long team, boolean inactive);

        static native TemplateInstance person(PersonView person, String notice);

        static native TemplateInstance form(PersonForm form, Map<String, String> errors, List<TeamView> teams,
                List<PersonView> leaders, List<Role> roles);
    }

    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance list(@RestQuery Long team, @RestQuery boolean inactive) {
        return Templates.list(people.visiblePeople(team, inactive), teams.visibleTeams(true), team, inactive);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance person(Long id, @RestQuery String done) {
        return Templates.person(people.person(id), Notice.of(done));
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance newForm() {
        return form(PersonForm.blank(Clocks.serverToday(clock))
, Map.of());
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@RestForm String name, @RestForm String email, @RestForm String role, @RestForm String teamId,
            @RestForm String managerId, @RestForm String hireDate, @RestForm String password) {
        PersonForm form = new PersonForm(null, name, email, role, teamId, managerId, hireDate);
        try {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            PersonView created = people.create(checked(form.toRequest(password, errors), errors), errors);
            return done(created.id(), "created");
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(form(form, e.byField())).build();
        }
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance editForm(Long id) {
        return form(PersonForm.of(people.person(id)), Map.of());
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response update(Long id, @RestForm String name, @RestForm String email, @RestForm String role,
            @RestForm String teamId, @RestForm String managerId, @RestForm String hireDate, @RestForm String password) {
        PersonForm form = new PersonForm(id, name, email, role, teamId, managerId, hireDate);
        try {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            people.update(id, checked(form.toRequest(password, errors), errors), errors);
            return done(id, "saved");
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(form(form, e.byField())).build();
        }
    }

    /** One form on the person page posts to either, as the person is active or not; the path says which. */
    @POST
    @Path("{id}/{change: activate|deactivate}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response setActive(Long id, String change) {
        if (change.equals("activate")) {
            people.activate(id);
            return done(id, "reactivated");
        }
        people.deactivate(id);
        return done(id, "deactivated");
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response unlock(Long id) {
        people.unlock(id);
        return done(id, "unlocked");
    }

    /** The API's shape rules for the request, reported with the form's and the service's own problems. */
    private PersonRequest checked(PersonRequest request, InvalidInput.Collector errors) {
        errors.addAll(Violations.errors(validator.validate(request)));
        return request;
    }

    private static Response done(Long id, String notice) {
        return Response.seeOther(URI.create("/people/" + id + "?done=" + notice)).build();
    }

    private TemplateInstance form(PersonForm form, Map<String, String> errors) {
        List<TeamView> offered = teams.visibleTeams(true).stream()
                .filter(team -> team.active() || team.id().toString().equals(form.teamId())).toList();
        return Templates.form(form, errors, offered, people.leaders(), List.of(Role.values()));
    }
}

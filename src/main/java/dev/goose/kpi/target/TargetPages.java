package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.people.Role;
import dev.goose.time.Clocks;
import dev.goose.time.Dates;
import dev.goose.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pages where managers and admins set targets one at a time: the list, a new target, changing or ending one. */
@Path("/kpis/targets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
public class TargetPages {

    @Inject
    Clock clock;

    @Inject
    TargetService targets;

    /** The target form as typed; subject is "person:12" or "team:3". */
    public record Form(Long id, String kpi, String subject, String kind, String value, String firstPeriod,
            String lastPeriod, String ramp, String rampFrom) {
    }

    /** The list's filters as chosen. */
    public record Filters(String kpi, String kind) {
    }

    @CheckedTemplate(basePath = "kpi/target")
    static class Templates {
        static native TemplateInstance list(List<TargetView> targets, Filters filters, TargetService.Choices choices,
                String notice);

        static native TemplateInstance form(Form form, TargetView target, Map<String, String> errors,
                TargetService.Choices choices, String notice);
    }

    @GET
    public TemplateInstance list(@RestQuery Long person, @RestQuery Long team, @RestQuery String kpi,
            @RestQuery String kind, @RestQuery String done) {
        return Templates.list(targets.list(person, team, kpi, kind), new Filters(kpi, kind), targets.choices(),
                Notice.of(done));
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        Form blank = new Form(null, "", "", "month", "", Clocks.serverToday(clock).withDayOfMonth(1)
.toString(), "", "", "onboarding");
        return Templates.form(blank, null, Map.of(), targets.choices(), null);
    }

    @POST
    public Response create(@RestForm String kpi, @RestForm String subject, @RestForm String kind, @RestForm String value,
            @RestForm String firstPeriod, @RestForm String lastPeriod, @RestForm String ramp, @RestForm String rampFrom) {
        Form form = new Form(null, kpi, subject, kind, value, firstPeriod, lastPeriod, ramp, rampFrom);
        try {
            Typed typed = Typed.of(form);
            boolean team = subject != null && subject.startsWith("team:");
            TargetView created = targets.create(new TargetRequest(kpi, team ? null : typed.subjectId(),
                    team ? typed.subjectId() : null, kind, typed.value(), typed.first(), typed.last(), typed.ramp(), rampFrom));
            return Response.seeOther(URI.create("/kpis/targets/" + created.id() + "?done=created")).build();
        } catch (InvalidInput e) {
            return invalid(form, null, e);
        } catch (Conflict e) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.form(form, null, Map.of("", e.getMessage()), targets.choices(), null)).build();
        }
    }

    @GET
    @Path("{target}")
    public TemplateInstance editForm(Long target, @RestQuery String done) {
        TargetView view = targets.get(target);
        Form form = new Form(view.id(), view.kpi(), null, view.kind(), view.valueShown(), view.firstPeriod().toString(),
                view.lastPeriod() == null ? "" : view.lastPeriod().toString(), view.rampShown(),
                view.rampFrom() == null ? "onboarding" : view.rampFrom());
        return Templates.form(form, view, Map.of(), targets.choices(), Notice.of(done));
    }

    @POST
    @Path("{target}")
    public Response update(Long target, @RestForm String value, @RestForm String lastPeriod, @RestForm String ramp,
            @RestForm String rampFrom) {
        TargetView view = targets.get(target);
        Form form = new Form(target, view.kpi(), null, view.kind(), value, view.firstPeriod().toString(), lastPeriod, ramp,
                rampFrom);
        try {
            Typed typed = Typed.of(form);
            targets.update(target, new TargetChange(typed.value(), typed.last(), typed.ramp(), rampFrom));
            return Response.seeOther(URI.create("/kpis/targets/" + target + "?done=saved")).build();
        } catch (InvalidInput e) {
            return invalid(form, view, e);
        } catch (Conflict e) {
            // A later last period that runs into the next target: said on the form, as on a new one.
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.form(form, view, Map.of("", e.getMessage()), targets.choices(), null)).build();
        }
    }

    @POST
    @Path("{target}/end")
    public Response end(Long target) {
        TargetView ended = targets.end(target);
        return Response.seeOther(URI.create(ended == null ? "/kpis/targets?done=deleted"
                : "/kpis/targets/" + target + "?done=ended")).build();
    }

    @POST
    @Path("{target}/delete")
    public Response delete(Long target) {
        targets.delete(target);
        return Response.seeOther(URI.create("/kpis/targets?done=deleted")).build();
    }

    private Response invalid(Form form, TargetView view, InvalidInput e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.form(form, view, e.byField(), targets.choices(), null)).build();
    }

    /** The form's text read as numbers and dates, every unreadable field named. */
    record Typed(Long subjectId, BigDecimal value, LocalDate first, LocalDate last, List<BigDecimal> ramp) {

        static Typed of(Form form) {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            Long subject = form.id() != null ? null : errors.parse("person", form.subject(),
                    raw -> Long.valueOf(raw.substring(raw.indexOf(':') + 1)), "Choose a rep or a team from the list.");
            BigDecimal value = errors.parse("value", form.value(), BigDecimal::new, "Enter a number such as 40 or 12.5.");
            LocalDate first = errors.parse("firstPeriod", form.firstPeriod(), Dates::parse, "Enter a date.");
            LocalDate last = errors.parse("lastPeriod", form.lastPeriod(), Dates::parse, "Enter a date, or leave it empty.");
            List<BigDecimal> ramp = errors.parse("ramp", form.ramp(), RampSteps::parse,
                    "Enter percents separated by commas, such as 25, 50, 75, 100.");
            errors.throwIfAny();
            return new Typed(subject, value, first, last, ramp);
        }
    }
}

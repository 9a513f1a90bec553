package dev.goose.incentive.pay;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.people.Role;
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

/** The pay pages: a statement (one's own, or of someone one leads), accepting one's plan, and the team's pay with its assignments. */
@Path("/pay")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PayPages {

    @Inject
    PayService pay;

    @Inject
    AssignmentService assignments;

    /** The assignment form as typed; subject is "person:12" or "team:3". */
    public record Form(String plan, String subject, String startsOn) {
    }

    @CheckedTemplate(basePath = "incentive/pay")
    static class Templates {
        static native TemplateInstance statement(PayViews.Statement statement, boolean own, PayViews.CurrentPlan plan,
                Map<String, String> errors, String notice);

        static native TemplateInstance team(List<PayViews.MemberPay> members, List<PayViews.Assignment> assignments,
                AssignmentService.Choices choices, Form form, Map<String, String> errors, String notice);
    }

    @GET
    public TemplateInstance statement(@RestQuery Long person, @RestQuery LocalDate period, @RestQuery String done) {
        return page(person, period, Map.of(), Notice.of(done));
    }

    @POST
    @Path("accept")
    public Response accept(@RestForm String plan, @RestForm Integer version, @RestForm String name) {
        try {
            pay.accept(new PayService.AcceptRequest(plan, version, name));
            return Response.seeOther(URI.create("/pay?done=plan-accepted")).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(null, null, e.byField(), null)).build();
        } catch (Conflict e) {
            return Response.status(Response.Status.CONFLICT).entity(page(null, null, Map.of("", e.getMessage()), null)).build();
        }
    }

    private TemplateInstance page(Long person, LocalDate period, Map<String, String> errors, String notice) {
        PayViews.Statement statement = pay.statement(person, period);
        boolean own = person == null;
        Optional<PayViews.CurrentPlan> plan = own ? pay.currentPlan(null) : Optional.empty();
        return Templates.statement(statement, own, plan.orElse(null), errors, notice);
    }

    @GET
    @Path("team")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance team(@RestQuery String done) {
        return teamPage(new Form("", "", ""), Map.of(), Notice.of(done));
    }

    @POST
    @Path("assignments")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response assign(@RestForm String plan, @RestForm String subject, @RestForm String startsOn) {
        Form form = new Form(plan, subject, startsOn);
        Long id = subjectId(subject);
        boolean team = subject != null && subject.startsWith("team:");
        try {
            assignments.assign(new AssignmentService.Request(plan, team ? null : id, team ? id : null, startsOn));
            return Response.seeOther(URI.create("/pay/team?done=plan-assigned")).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(teamPage(form, e.byField(), null)).build();
        } catch (Conflict e) {
            return Response.status(Response.Status.CONFLICT).entity(teamPage(form, Map.of("", e.getMessage()), null)).build();
        }
    }

    @POST
    @Path("assignments/{assignment}/delete")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response remove(Long assignment) {
        assignments.remove(assignment);
        return Response.seeOther(URI.create("/pay/team?done=removed")).build();
    }

    private TemplateInstance teamPage(Form form, Map<String, String> errors, String notice) {
        return Templates.team(pay.team(), assignments.list(), assignments.choices(), form, errors, notice);
    }

    /** The id in "person:12" or "team:3"; null for anything else, which the service then names as missing. */
    private static Long subjectId(String subject) {
        if (subject == null || !subject.matches("(person|team):\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(subject.substring(subject.indexOf(':') + 1));
    }
}

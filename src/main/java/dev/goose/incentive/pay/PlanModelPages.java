package dev.goose.incentive.pay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.InvalidInput;
import dev.goose.incentive.plan.PlanBlock;
import dev.goose.people.Role;
import dev.goose.playbook.Playbooks;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Plan modelling: a plan block, edited here and not published, computed for the team's last period beside what was paid. */
@Path("/pay/model")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
public class PlanModelPages {

    @Inject
    PlanModelling modelling;

    @Inject
    AssignmentService assignments;

    @CheckedTemplate(basePath = "incentive/pay")
    static class Templates {
        static native TemplateInstance model(List<PayViews.PlanChoice> plans, String block, String period, PlanModelling.Model model,
                Map<String, String> errors);
    }

    /** The form, its text taken from the current plan block of the playbook chosen to start from. */
    @GET
    @Transactional
    public TemplateInstance form(@RestQuery String from) {
        String block = from == null ? "" : Playbooks.idOf(from).map(id -> Playbooks.blocksOf(id, PlanBlock.INFO))
                .filter(blocks -> !blocks.isEmpty()).map(blocks -> blocks.get(blocks.size() - 1).source().content()).orElse("");
        return Templates.model(assignments.plans(), block, "", null, Map.of());
    }

    @POST
    public Response model(@RestForm String plan, @RestForm String period) {
        LocalDate day = null;
        try {
            day = period == null || period.isBlank() ? null : LocalDate.parse(period.strip() + (period.strip().length() == 7 ? "-01" : ""));
        } catch (java.time.format.DateTimeParseException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.model(assignments.plans(), plan, period, null, Map.of("period", "Give the month as 2026-11."))).build();
        }
        try {
            return Response.ok(Templates.model(assignments.plans(), plan, period, modelling.model(plan, day), Map.of())).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.model(assignments.plans(), plan, period, null,
                    Map.of("plan", String.join(" ", e.errors().stream().map(dev.goose.errors.FieldError::message).toList())))).build();
        }
    }
}

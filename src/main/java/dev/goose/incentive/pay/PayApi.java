package dev.goose.incentive.pay;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.NotFound;
import dev.goose.people.Role;
import dev.goose.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pay as JSON: plans assigned to people and teams, acceptances, statements. Reps read only their own pay. */
@Path("/api/v1/pay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pay", description = "Incentive plans assigned from a day on, accepted by their reps, and the statements they compute")
@APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PayApi {

    @Inject
    AssignmentService assignments;

    @Inject
    PayService pay;

    @Inject
    WhatIfs whatIfs;

    @GET
    @Path("plans")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "The playbooks whose current version holds a plan, which can be assigned")
    public List<PayViews.PlanChoice> plans() {
        return assignments.plans();
    }

    @GET
    @Path("assignments")
    @Authenticated
    @Operation(summary = "The assignments of the people and teams the caller sees, the latest start first")
    public List<PayViews.Assignment> assignments() {
        return assignments.list();
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Assign a plan to a person or a team from a day on", description = "plan: the slug of a playbook whose "
            + "current version holds a plan block. person or team, not both. startsOn: the first day it pays for. A person's own "
            + "plan wins over their team's; a later start takes over from an earlier one on its day. Nobody assigns their own plan.")
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(schema = @Schema(implementation = PayViews.Assignment.class)))
    @APIResponse(responseCode = "409", description = "A plan is already assigned to this person or team from that day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assign(AssignmentService.Request request) {
        PayViews.Assignment created = assignments.assign(request == null ? AssignmentService.Request.empty() : request);
        return Response.created(URI.create("/api/v1/pay/assignments/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("assignments/{assignment}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Remove an assignment; the periods it paid are computed without it from then on")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(Long assignment) {
        assignments.remove(assignment);
        return Response.noContent().build();
    }

    @GET
    @Path("plan")
    @Authenticated
    @Operation(summary = "The plan version paying a person today (the caller by default), with their acceptance or null")
    @APIResponse(responseCode = "404", description = "No plan pays them today, or the caller may not see them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayViews.CurrentPlan plan(@RestQuery Long person) {
        return pay.currentPlan(person).orElseThrow(() -> new NotFound("A plan paying today"));
    }

    @POST
    @Path("acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Accept the plan version paying the caller today", description = "plan and version name what was read; "
            + "name is the caller's name, typed to sign. Accepting again keeps the first acceptance.")
    @APIResponse(responseCode = "409", description = "No plan pays the caller today",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayViews.Acceptance accept(PayService.AcceptRequest request) {
        return pay.accept(request == null ? PayService.AcceptRequest.empty() : request);
    }

    @GET
    @Path("statements")
    @Authenticated
    @Operation(summary = "A person's statement (the caller's by default) for the pay period holding a day (today by default)",
            description = "Computed from the plan versions, deals and KPI results as they are now: every line with its formula in words.")
    @APIResponse(responseCode = "404", description = "The caller may not see this person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayViews.Statement statement(@RestQuery Long person, @RestQuery LocalDate period) {
        return pay.statement(person, period);
    }

    @GET
    @Path("team")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "This period's pay of everyone the caller leads (everyone for an admin)")
    public List<PayViews.MemberPay> team() {
        return pay.team();
    }

    /** What a what-if asks: amounts of deals won today, and more activity done today by KPI key. */
    public record WhatIfRequest(List<String> amounts, Map<String, String> activity) {
    }

    @POST
    @Path("what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "The caller's statement this period as if they had also won deals of these amounts today and done this much"
            + " more of the KPIs their plan's bonuses measure; nothing is saved")
    @APIResponse(responseCode = "409", description = "No plan pays the caller this period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WhatIfs.WhatIf whatIf(WhatIfRequest request) {
        List<String> amounts = request == null || request.amounts() == null ? List.of() : request.amounts();
        if (amounts.size() > 20) {
            throw dev.goose.errors.InvalidInput.of("amounts", "Give at most 20 amounts.");
        }
        Map<String, String> activity = request == null || request.activity() == null ? Map.of() : request.activity();
        return whatIfs.compute(amounts, activity);
    }

    @GET
    @Path("team/pools")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "How each team the caller leads (every team for an admin) stands today on its team pools, as if their periods"
            + " ended today: the result against the target, the pool reached and what more reaches the next tier")
    public List<PayViews.PoolProgress> teamPools() {
        return pay.teamPools();
    }
}

package dev.goose.incentive.pay;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.people.Role;
import dev.goose.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pay under review as JSON: approvals, closing periods, payroll, and disputes of statement lines. */
@Path("/api/v1/pay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pay", description = "Incentive plans assigned from a day on, accepted by their reps, and the statements they compute")
@APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Refused as things stand, saying why (closed, open disputes, not approved)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PayReviewApi {

    @Inject
    ReviewService reviews;

    @Inject
    DisputeService disputes;

    @Inject
    RateService rates;

    @GET
    @Path("rates")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The exchange rates entered, the latest month first")
    public List<RateService.Rate> rates() {
        return rates.list();
    }

    @PUT
    @Path("rates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Enter the exchange rate of a month", description = "month: as 2026-12; from, to: currency codes; rate: what "
            + "one unit of from is worth in to. Deals won that month in from are credited to plans paying in to at this rate, and "
            + "each line names it. Entering it again replaces it; a closed month is paid the difference as an adjustment.")
    public RateService.Rate enterRate(RateService.Request request) {
        return rates.enter(request);
    }

    @POST
    @Path("approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Approve a person's statement for the period holding a day (today by default)", description = "Refused for "
            + "one's own statement (403), a closed period, a statement with deals not credited or with open disputes (409). A statement "
            + "whose lines change after approval waits for approval again.")
    public PayViews.Review approve(ReviewService.ApproveRequest request) {
        return reviews.approve(request);
    }

    @GET
    @Path("periods")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Pay periods of a kind (month or quarter): those closed lately, the next to close and the current one")
    public List<PayViews.Period> periods(@RestQuery String kind) {
        return reviews.periods(kind == null ? "month" : kind);
    }

    @POST
    @Path("periods/{kind}/{start}/close")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Close a pay period", description = "kind: month or quarter; start: its first day. Refused, naming the people, "
            + "while a statement paying in it is not approved as it stands, not complete or disputed. Periods close in order; a closed "
            + "statement never changes, and later changes to it are paid as adjustments in the next open period.")
    public PayViews.Period close(@RestPath String kind, @RestPath LocalDate start) {
        return reviews.close(kind, start);
    }

    @GET
    @Path("periods/{kind}/{start}/payroll.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Payroll of a closed period as CSV", description = "A row per person paid: person, email, period, currency, "
            + "base, variable, adjustments and total, which the three before add up to.")
    public Response payroll(@RestPath String kind, @RestPath LocalDate start) {
        String csv = reviews.payroll(kind, start);
        return Response.ok(csv, "text/csv").header("Content-Disposition", "attachment; filename=\"payroll-" + kind + "-" + start + ".csv\"")
                .build();
    }

    @POST
    @Path("disputes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Dispute a line of one's own statement", description = "period: a day of the period (today by default); line: "
            + "its position on the statement, 1 for the first; comment: what is wrong with it.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = PayViews.Dispute.class)))
    public Response dispute(DisputeService.OpenRequest request) {
        PayViews.Dispute opened = disputes.open(request == null ? DisputeService.OpenRequest.empty() : request);
        return Response.created(URI.create("/api/v1/pay/disputes/" + opened.id())).entity(opened).build();
    }

    @GET
    @Path("disputes")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "The open disputes of the people the caller leads (everyone's for an admin), the oldest first")
    public List<PayViews.Dispute> openDisputes() {
        return disputes.openForTeam();
    }

    @POST
    @Path("disputes/{dispute}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Write in a dispute's exchange: the rep who opened it, or a manager who leads them")
    @APIResponse(responseCode = "404", description = "No such dispute the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayViews.Dispute reply(@RestPath Long dispute, DisputeService.MessageRequest request) {
        return disputes.reply(dispute, request);
    }

    @POST
    @Path("disputes/{dispute}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Resolve a dispute with an adjustment or a reason", description = "amount (optional): added to the rep's pay "
            + "in the disputed period while it is open, else in the next open period; reason: why. Nobody resolves a dispute of their "
            + "own pay (403).")
    @APIResponse(responseCode = "404", description = "No such dispute the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayViews.Dispute resolve(@RestPath Long dispute, DisputeService.ResolveRequest request) {
        return disputes.resolve(dispute, request);
    }
}

package dev.goose.onboarding;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.onboarding.OnboardingViews.AutoEnrollmentRule;
import dev.goose.onboarding.OnboardingViews.CommentRequest;
import dev.goose.onboarding.OnboardingViews.DueRequest;
import dev.goose.onboarding.OnboardingViews.EnrollRequest;
import dev.goose.onboarding.OnboardingViews.EnrollmentDetail;
import dev.goose.onboarding.OnboardingViews.EnrollmentView;
import dev.goose.onboarding.OnboardingViews.ShiftRequest;
import dev.goose.onboarding.OnboardingViews.SkipRequest;
import dev.goose.onboarding.OnboardingViews.TickRequest;
import dev.goose.onboarding.OnboardingViews.UpgradeRequest;
import dev.goose.onboarding.OnboardingViews.UpgradeView;
import dev.goose.onboarding.team.AutoEnrollments;
import dev.goose.onboarding.team.OnboardingCsv;
import dev.goose.people.Role;
import dev.goose.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Onboarding as JSON: a rep works their own checklist, a manager their teams' (sign-off, skips,
 * due dates, upgrades), an admin everyone's and the rule for new reps. Refusals are problem
 * documents naming the field: 400 bad input, 403 not theirs to do, 404 out of sight, 409 the
 * item's state forbids it.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Onboarding", description = "Enrollments in onboarding playbooks, checklist items, sign-off, due dates and upgrades")
@APIResponse(responseCode = "400", description = "Invalid input, each field named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such enrollment, or out of the caller's sight",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The item's or enrollment's state does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OnboardingApi {

    @Inject
    EnrollmentService enrollments;

    @Inject
    ChecklistService checklists;

    @Inject
    UpgradeService upgrades;

    @Inject
    AutoEnrollments auto;

    @GET
    @Path("enrollments")
    @Authenticated
    @Operation(summary = "Enrollments the caller may see (a rep their own, a manager their teams'), with progress;"
            + " optionally one person's; completed ones on request")
    public List<EnrollmentView> list(@RestQuery Long person, @RestQuery boolean completed) {
        return enrollments.list(person, completed);
    }

    @POST
    @Path("enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Enroll people in the current version of a published onboarding playbook (managers):"
            + " all or none, each person who cannot be enrolled is named")
    @APIResponse(responseCode = "201", description = "The new enrollments")
    public Response enroll(@Valid EnrollRequest request) {
        List<EnrollmentView> created = enrollments.enroll(request == null ? new EnrollRequest(null, null, null) : request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("enrollments/export")
    @Produces("text/csv")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "The team view as CSV: every enrollment the caller manages, completed ones on request")
    public Response export(@RestQuery boolean completed) {
        return Response.ok(OnboardingCsv.write(enrollments.team(completed)), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"onboarding.csv\"").build();
    }

    @POST
    @Path("enrollments/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Upgrade many enrollments at once (managers): the listed ones, all or none, or else every"
            + " open one of a playbook the caller manages; progress is kept by item id")
    public List<UpgradeView> upgradeAll(@Valid UpgradeRequest request) {
        return upgrades.upgradeAll(request == null ? new UpgradeRequest(null, null) : request);
    }

    @POST
    @Path("enrollments/due-dates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "Move the due dates of the unfinished items of many enrollments by a number of days (managers)")
    public List<EnrollmentView> shiftAll(@Valid ShiftRequest request) {
        return checklists.shiftDue(request == null ? null : request.enrollments(), request == null ? null : request.days());
    }

    @GET
    @Path("enrollments/{enrollment}")
    @Authenticated
    @Operation(summary = "One enrollment with its checklist, agenda and progress, and what the caller may do to each item")
    public EnrollmentDetail get(Long enrollment) {
        return enrollments.get(enrollment);
    }

    @POST
    @Path("enrollments/{enrollment}/items/{item}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Tick an item, with an optional note and http(s) link; an item needing sign-off then waits for it")
    public EnrollmentDetail tick(Long enrollment, String item, TickRequest request) {
        TickRequest body = request == null ? new TickRequest(null, null) : request;
        return checklists.tick(enrollment, item, body.note(), body.link());
    }

    @POST
    @Path("enrollments/{enrollment}/items/{item}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Sign off a ticked item (the person's manager), with an optional comment")
    public EnrollmentDetail signOff(Long enrollment, String item, CommentRequest request) {
        return checklists.signOff(enrollment, item, request == null ? null : request.comment());
    }

    @POST
    @Path("enrollments/{enrollment}/items/{item}/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Send a ticked item back to open (the person's manager), saying what is missing")
    public EnrollmentDetail sendBack(Long enrollment, String item, CommentRequest request) {
        return checklists.sendBack(enrollment, item, request == null ? null : request.comment());
    }

    @POST
    @Path("enrollments/{enrollment}/items/{item}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Skip an item (the person's manager), with the reason")
    public EnrollmentDetail skip(Long enrollment, String item, SkipRequest request) {
        return checklists.skip(enrollment, item, request == null ? null : request.reason());
    }

    @POST
    @Path("enrollments/{enrollment}/items/{item}/reopen")
    @Authenticated
    @Operation(summary = "Reopen an item: the person may take back their own tick, a manager also a skip or sign-off")
    public EnrollmentDetail reopen(Long enrollment, String item) {
        return checklists.reopen(enrollment, item);
    }

    @PUT
    @Path("enrollments/{enrollment}/items/{item}/due")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Set this person's due date for an item (the person's manager); a null date returns to the playbook's")
    public EnrollmentDetail moveDue(Long enrollment, String item, DueRequest request) {
        return checklists.moveDue(enrollment, item, request == null ? null : request.date());
    }

    @POST
    @Path("enrollments/{enrollment}/due-dates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Move the due dates of every unfinished item by a number of days (the person's manager)")
    public EnrollmentView shift(Long enrollment, ShiftRequest request) {
        return checklists.shiftDue(List.of(enrollment), request == null ? null : request.days()).get(0);
    }

    @POST
    @Path("enrollments/{enrollment}/upgrade")
    @Authenticated
    @Operation(summary = "Move an open enrollment to the playbook's current version, keeping progress by item id;"
            + " lists the items removed")
    public UpgradeView upgrade(Long enrollment) {
        return upgrades.upgrade(enrollment);
    }

    @GET
    @Path("onboarding/auto-enrollment")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The onboarding playbooks every new rep is enrolled in when added (admins)")
    public AutoEnrollmentRule rule() {
        return auto.rule();
    }

    @PUT
    @Path("onboarding/auto-enrollment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace the playbooks every new rep is enrolled in (admins); an empty list turns it off")
    public AutoEnrollmentRule setRule(AutoEnrollmentRule rule) {
        return auto.setRule(rule);
    }
}

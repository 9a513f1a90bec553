package dev.goose.onboarding.team;

import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.DomainException;
import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.onboarding.ChecklistService;
import dev.goose.onboarding.EnrollmentService;
import dev.goose.onboarding.OnboardingCalendar;
import dev.goose.onboarding.OnboardingViews.AutoEnrollmentRule;
import dev.goose.onboarding.OnboardingViews.Choice;
import dev.goose.onboarding.OnboardingViews.EnrollRequest;
import dev.goose.onboarding.OnboardingViews.ShiftRequest;
import dev.goose.onboarding.OnboardingViews.TeamRow;
import dev.goose.onboarding.OnboardingViews.UpgradeRequest;
import dev.goose.onboarding.UpgradeService;
import dev.goose.onboarding.newhire.OnboardingPages;
import dev.goose.people.Role;
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

/**
 * The manager's team view: everyone they onboard, done against expected by today, what is overdue
 * and what waits for their sign-off, with the bulk actions (enroll, move due dates, upgrade) and
 * the CSV export; and, for admins, the rule that enrolls new reps.
 */
@Path("/onboarding/team")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
public class TeamOnboardingPages {

    @Inject
    EnrollmentService enrollments;

    @Inject
    ChecklistService checklists;

    @Inject
    UpgradeService upgrades;

    @Inject
    AutoEnrollments auto;

    @Inject
    OnboardingCalendar calendar;

    @Inject
    Validator validator;

    /** The team view as a page gets it, with what was typed into the enroll form when it comes back refused. */
    public record TeamPage(List<TeamRow> rows, List<Choice> people, List<Choice> playbooks, LocalDate today,
            boolean completed, String notice, List<String> errors) {
    }

    @CheckedTemplate(basePath = "onboarding/team")
    static class Templates {
        static native TemplateInstance team(TeamPage page);

        static native TemplateInstance auto(List<Choice> playbooks, AutoEnrollmentRule rule, String notice, List<String> errors);
    }

    @GET
    public TemplateInstance team(@RestQuery boolean completed, @RestQuery String done) {
        return Templates.team(page(completed, Notice.of(done), List.of()));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@RestQuery boolean completed) {
        return Response.ok(OnboardingCsv.write(enrollments.team(completed)), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"onboarding.csv\"").build();
    }

    @POST
    @Path("enroll")
    public Response enroll(@RestForm List<Long> person, @RestForm String playbook, @RestForm String startDate) {
        try {
            EnrollRequest request = new EnrollRequest(playbook, person, OnboardingPages.date(startDate));
            // The API's shape rule, refused alone before anything is looked up, as there.
            Violations.requireShape(validator, request);
            enrollments.enroll(request);
            return OnboardingPages.seeOther("/onboarding/team?done=enrolled");
        } catch (InvalidInput e) {
            return refused(e, 400);
        }
    }

    @POST
    @Path("due-dates")
    public Response shift(@RestForm List<Long> enrollment, @RestForm String days) {
        try {
            ShiftRequest request = new ShiftRequest(OnboardingPages.days(days), enrollment);
            Violations.requireShape(validator, request);
            checklists.shiftDue(request.enrollments(), request.days());
            return OnboardingPages.seeOther("/onboarding/team?done=due-moved");
        } catch (InvalidInput | NotAllowed | Conflict e) {
            return refused(e, OnboardingPages.status(e));
        }
    }

    /** Upgrades the chosen enrollments and shows, person by person, what changed. */
    @POST
    @Path("upgrade")
    public Response upgrade(@RestForm List<Long> enrollment) {
        try {
            UpgradeRequest request = new UpgradeRequest(enrollment, null);
            Violations.requireShape(validator, request);
            return Response.ok(OnboardingPages.Templates.upgraded(upgrades.upgradeAll(request), "/onboarding/team")).build();
        } catch (InvalidInput | Conflict e) {
            return refused(e, OnboardingPages.status(e));
        }
    }

    @GET
    @Path("auto-enrollment")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance autoForm(@RestQuery String done) {
        return Templates.auto(enrollments.onboardingPlaybooks(), auto.rule(), Notice.of(done), List.of());
    }

    @POST
    @Path("auto-enrollment")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response saveAuto(@RestForm List<String> playbook) {
        try {
            auto.setRule(new AutoEnrollmentRule(playbook));
            return OnboardingPages.seeOther("/onboarding/team/auto-enrollment?done=saved");
        } catch (InvalidInput e) {
            AutoEnrollmentRule typed = new AutoEnrollmentRule(playbook == null ? List.of() : playbook);
            return Response.status(400).entity(Templates.auto(enrollments.onboardingPlaybooks(), typed, null, messages(e))).build();
        }
    }

    private Response refused(DomainException e, int status) {
        return Response.status(status).entity(Templates.team(page(false, null, messages(e)))).build();
    }

    private static List<String> messages(DomainException e) {
        return e instanceof InvalidInput invalid ? invalid.errors().stream().map(FieldError::message).toList()
                : List.of(e.getMessage());
    }

    private TeamPage page(boolean completed, String notice, List<String> errors) {
        return new TeamPage(enrollments.team(completed), enrollments.enrollable(), enrollments.onboardingPlaybooks(),
                calendar.today(), completed, notice, errors);
    }
}

package dev.goose.onboarding.newhire;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.DomainException;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.onboarding.ChecklistService;
import dev.goose.onboarding.EnrollmentReads;
import dev.goose.onboarding.OnboardingViews.EnrollmentPage;
import dev.goose.onboarding.OnboardingViews.ItemFragment;
import dev.goose.onboarding.OnboardingViews.UpgradeView;
import dev.goose.onboarding.UpgradeService;
import dev.goose.time.Dates;
import dev.goose.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The checklist pages: the new hire's own, and a person's as their manager sees it, with the
 * playbook's text around each item. Every form works without JavaScript (Post/Redirect/Get); with
 * htmx, an item's form swaps just that item and the standing beside it.
 */
@Path("/onboarding")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OnboardingPages {

    @Inject
    EnrollmentReads reads;

    @Inject
    ChecklistService checklists;

    @Inject
    UpgradeService upgrades;

    @CheckedTemplate(basePath = "onboarding/newhire")
    public static class Templates {
        static native TemplateInstance enrollment(EnrollmentPage page, String notice, String error);

        static native TemplateInstance empty();

        static native TemplateInstance item(ItemFragment fragment, String error);

        public static native TemplateInstance upgraded(List<UpgradeView> upgrades, String back);
    }

    /** The signed-in person's own checklist: their newest open enrollment. */
    @GET
    public TemplateInstance mine(@RestQuery String done) {
        EnrollmentPage page = reads.myPage();
        return page == null ? Templates.empty() : Templates.enrollment(page, Notice.of(done), null);
    }

    @GET
    @Path("{enrollment}")
    public TemplateInstance enrollment(Long enrollment, @RestQuery String done) {
        return Templates.enrollment(reads.page(enrollment), Notice.of(done), null);
    }

    @POST
    @Path("{enrollment}/items/{item}/done")
    public Response tick(Long enrollment, String item, @RestForm String note, @RestForm String link,
            @RestHeader("HX-Request") String htmx) {
        return act(enrollment, item, htmx, null, "item-done", () -> checklists.tick(enrollment, item, note, link));
    }

    @POST
    @Path("{enrollment}/items/{item}/sign-off")
    public Response signOff(Long enrollment, String item, @RestForm String comment, @RestForm String back,
            @RestHeader("HX-Request") String htmx) {
        return act(enrollment, item, htmx, back, "item-signed-off", () -> checklists.signOff(enrollment, item, comment));
    }

    @POST
    @Path("{enrollment}/items/{item}/send-back")
    public Response sendBack(Long enrollment, String item, @RestForm String comment, @RestHeader("HX-Request") String htmx) {
        return act(enrollment, item, htmx, null, "item-sent-back", () -> checklists.sendBack(enrollment, item, comment));
    }

    @POST
    @Path("{enrollment}/items/{item}/skip")
    public Response skip(Long enrollment, String item, @RestForm String reason, @RestHeader("HX-Request") String htmx) {
        return act(enrollment, item, htmx, null, "item-skipped", () -> checklists.skip(enrollment, item, reason));
    }

    @POST
    @Path("{enrollment}/items/{item}/reopen")
    public Response reopen(Long enrollment, String item, @RestHeader("HX-Request") String htmx) {
        return act(enrollment, item, htmx, null, "item-reopened", () -> checklists.reopen(enrollment, item));
    }

    @POST
    @Path("{enrollment}/items/{item}/due")
    public Response moveDue(Long enrollment, String item, @RestForm String date, @RestHeader("HX-Request") String htmx) {
        return act(enrollment, item, htmx, null, "due-moved", () -> checklists.moveDue(enrollment, item, date(date)));
    }

    /** Moves every unfinished item's due date by a number of days. */
    @POST
    @Path("{enrollment}/due-dates")
    public Response shift(Long enrollment, @RestForm String days) {
        try {
            checklists.shiftDue(List.of(enrollment), days(days));
            return seeOther("/onboarding/" + enrollment + "?done=due-moved");
        } catch (InvalidInput | Conflict | NotAllowed e) {
            return refused(enrollment, e);
        }
    }

    /** Upgrades to the playbook's current version and shows what changed, removed items first. */
    @POST
    @Path("{enrollment}/upgrade")
    public Response upgrade(Long enrollment) {
        try {
            UpgradeView done = upgrades.upgrade(enrollment);
            return Response.ok(Templates.upgraded(List.of(done), "/onboarding/" + enrollment)).build();
        } catch (Conflict e) {
            return refused(enrollment, e);
        }
    }

    /**
     * One item's change: with htmx the item is swapped in place, a refusal shown beside it with its
     * status; without, the browser is sent back to the page (or the team view) with a notice, or
     * gets the page with the refusal on top.
     */
    private Response act(Long enrollment, String item, String htmx, String back, String notice, Supplier<?> change) {
        boolean inPlace = "true".equals(htmx);
        try {
            change.get();
        } catch (InvalidInput | Conflict | NotAllowed e) {
            return inPlace ? Response.status(status(e)).entity(Templates.item(reads.item(enrollment, item), e.getMessage())).build()
                    : refused(enrollment, e);
        }
        if (inPlace) {
            return Response.ok(Templates.item(reads.item(enrollment, item), null)).build();
        }
        return "team".equals(back) ? seeOther("/onboarding/team?done=" + notice)
                : seeOther("/onboarding/" + enrollment + "?done=" + notice + "#item-" + item);
    }

    private Response refused(Long enrollment, DomainException e) {
        return Response.status(status(e)).entity(Templates.enrollment(reads.page(enrollment), null, e.getMessage())).build();
    }

    public static int status(DomainException e) {
        return e instanceof InvalidInput ? 400 : e instanceof NotAllowed ? 403 : 409;
    }

    public static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    /** A date as a date field sends it; empty means none. */
    public static LocalDate date(String text) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        LocalDate date = errors.parse("date", text, Dates::parse, "Enter a date like 2027-01-31.");
        errors.throwIfAny();
        return date;
    }

    public static Integer days(String text) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Integer days = errors.parse("days", text, Integer::valueOf, "Enter a whole number of days, like 7 or -3.");
        errors.throwIfAny();
        return days;
    }
}

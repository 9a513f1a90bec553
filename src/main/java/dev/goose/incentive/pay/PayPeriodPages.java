package dev.goose.incentive.pay;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.people.Role;
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

/** The admin's pay periods: what each holds, closing the next one, and payroll from those closed. */
@Path("/pay/periods")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class PayPeriodPages {

    @Inject
    ReviewService reviews;

    @CheckedTemplate(basePath = "incentive/pay")
    static class Templates {
        static native TemplateInstance periods(String kind, List<PayViews.Period> periods, String error, String notice);
    }

    @GET
    public TemplateInstance periods(@RestQuery String kind, @RestQuery String done) {
        String shown = "quarter".equals(kind) ? "quarter" : "month";
        return Templates.periods(shown, reviews.periods(shown), null, Notice.of(done));
    }

    @POST
    @Path("{kind}/{start}/close")
    public Response close(@RestPath String kind, @RestPath LocalDate start) {
        try {
            reviews.close(kind, start);
            return Response.seeOther(URI.create("/pay/periods?kind=" + kind + "&done=period-closed")).build();
        } catch (Conflict | InvalidInput e) {
            String shown = "quarter".equals(kind) ? "quarter" : "month";
            return Response.status(e instanceof Conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                    .entity(Templates.periods(shown, reviews.periods(shown), e.getMessage(), null)).build();
        }
    }

    @GET
    @Path("{kind}/{start}/payroll.csv")
    @Produces("text/csv")
    public Response payroll(@RestPath String kind, @RestPath LocalDate start) {
        return Response.ok(reviews.payroll(kind, start), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"payroll-" + kind + "-" + start + ".csv\"").build();
    }
}

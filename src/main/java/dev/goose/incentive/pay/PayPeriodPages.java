package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
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

    private static final RateService.Request EMPTY = new RateService.Request("", "", "", null);

    @Inject
    ReviewService reviews;

    @Inject
    RateService rates;

    @CheckedTemplate(basePath = "incentive/pay")
    static class Templates {
        static native TemplateInstance periods(String kind, List<PayViews.Period> periods, List<RateService.Rate> rates,
                RateService.Request rate, String error, Map<String, String> errors, String notice);
    }

    @GET
    public TemplateInstance periods(@RestQuery String kind, @RestQuery String done) {
        String shown = "quarter".equals(kind) ? "quarter" : "month";
        return Templates.periods(shown, reviews.periods(shown), rates.list(), EMPTY, null, Map.of(), Notice.of(done));
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
                    .entity(Templates.periods(shown, reviews.periods(shown), rates.list(), EMPTY, e.getMessage(), Map.of(), null)).build();
        }
    }

    @POST
    @Path("rates")
    public Response enterRate(@RestForm String month, @RestForm String from, @RestForm String to, @RestForm String rate) {
        BigDecimal value = null;
        try {
            value = rate == null || rate.isBlank() ? null : new BigDecimal(rate.strip());
        } catch (NumberFormatException e) {
            // the service names the field
        }
        RateService.Request request = new RateService.Request(month, from, to, value);
        try {
            rates.enter(request);
            return Response.seeOther(URI.create("/pay/periods?done=rate-entered")).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.periods("month", reviews.periods("month"), rates.list(),
                    request, null, e.byField(), null)).build();
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

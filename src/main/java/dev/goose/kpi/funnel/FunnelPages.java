package dev.goose.kpi.funnel;

import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.kpi.funnel.FunnelViews.FunnelPage;
import dev.goose.kpi.funnel.FunnelViews.FunnelQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The funnel page: a GET form of filters, the funnel as a chart and a table, and script effectiveness by stage. */
@Path("/kpis/funnel")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class FunnelPages {

    @Inject
    FunnelService funnels;

    @CheckedTemplate(basePath = "kpi/funnel")
    static class Templates {
        static native TemplateInstance funnel(FunnelPage page, List<String> errors);
    }

    @GET
    public Response funnel(@RestQuery String pipeline, @RestQuery String team, @RestQuery String person,
            @RestQuery String from, @RestQuery String to, @RestQuery String stage) {
        FunnelQuery query = new FunnelQuery(pipeline, team, person, from, to);
        try {
            return Response.ok(Templates.funnel(funnels.page(query, stage), List.of())).build();
        } catch (InvalidInput e) {
            // The filters come back with what is wrong; the report shows the defaults meanwhile.
            List<String> errors = e.errors().stream().map(FieldError::message).toList();
            return Response.status(400).entity(Templates.funnel(funnels.page(new FunnelQuery(null, null, null, null, null), null),
                    errors)).build();
        }
    }
}

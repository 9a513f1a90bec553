package dev.goose.kpi.measure;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.kpi.measure.MeasurementViews.Choice;
import dev.goose.kpi.measure.MeasurementViews.CorrectionRequest;
import dev.goose.kpi.measure.MeasurementViews.ImportResult;
import dev.goose.kpi.measure.MeasurementViews.LogRequest;
import dev.goose.kpi.measure.MeasurementViews.MeasurementDetail;
import dev.goose.kpi.measure.MeasurementViews.MeasurementPage;
import dev.goose.kpi.measure.MeasurementViews.MeasurementView;
import dev.goose.validation.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Numbers in, as pages: the "+1" buttons' posts (swapped in place with htmx, or back to the page
 * they came from), a person's activity, one entry with its corrections, and the CSV import.
 */
@Path("/kpis")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MeasurementPages {

    @Inject
    MeasurementService measurements;

    /** The API's shape rules for the requests the forms stand for. */
    @Inject
    Validator validator;

    @Inject
    MeasurementImport importer;

    /** The correction form as typed. */
    public record CorrectionForm(String value, String reason) {
    }

    /** The activity list's filters as chosen. */
    public record ActivityFilter(String kpi, Long person, List<Choice> kpis, List<Choice> people) {
    }

    @CheckedTemplate(basePath = "kpi/measure")
    static class Templates {
        static native TemplateInstance logged(Long deal, String back, LogConfirmation done, String error);

        static native TemplateInstance activity(MeasurementPage entries, ActivityFilter filter);

        static native TemplateInstance measurement(MeasurementDetail detail, CorrectionForm form, Map<String, String> errors,
                String notice);

        static native TemplateInstance importer(String csv, ImportResult preview, List<FieldError> errors, String notice);
    }

    /** One click: logs one of a KPI for the viewer, then swaps the buttons (htmx) or goes back. */
    @POST
    @Path("log")
    public Response log(@RestForm String kpi, @RestForm String deal, @RestForm String note, @RestForm String back,
            @RestHeader("HX-Request") String htmx) {
        boolean inPlace = "true".equals(htmx);
        Long dealId = null;
        try {
            dealId = id("deal", deal);
            LogRequest request = new LogRequest(kpi, null, dealId, note, null);
            Violations.requireShape(validator, request);
            MeasurementView logged = measurements.log(request);
            if (inPlace) {
                return Response.ok(Templates.logged(dealId, BackPath.safe(back),
                        measurements.confirmation(logged.id()).orElse(null), null)).build();
            }
            return seeOther(BackPath.with(back, ActivityLog.LOGGED, logged.id(), ActivityLog.UNDONE));
        } catch (InvalidInput e) {
            if (!inPlace) {
                throw e;
            }
            return Response.status(400).entity(Templates.logged(dealId, BackPath.safe(back), null,
                    e.getMessage())).build();
        }
    }

    /** The viewer's entries, or those of someone they see, newest first, optionally of one KPI. */
    @GET
    @Path("activity")
    public TemplateInstance activity(@RestQuery String kpi, @RestQuery Long person, @RestQuery Integer page) {
        String key = kpi == null || kpi.isBlank() ? null : kpi;
        MeasurementPage entries = measurements.list(person, key, null, null, page, 50);
        return Templates.activity(entries, new ActivityFilter(key, person, measurements.kpiChoices(), measurements.personChoices()));
    }

    @GET
    @Path("measurements/{measurement}")
    public TemplateInstance measurement(Long measurement, @RestQuery String done) {
        return Templates.measurement(measurements.get(measurement), new CorrectionForm("", ""), Map.of(),
                "corrected".equals(done) ? "Corrected." : null);
    }

    /**
     * A correction from the entry's page, or the undo of a "+1": with htmx the buttons are swapped
     * in place; without, the browser goes back where the undo came from, or to the entry.
     */
    @POST
    @Path("measurements/{measurement}/corrections")
    public Response correct(Long measurement, @RestForm String value, @RestForm String reason, @RestForm String back,
            @RestForm String deal, @RestHeader("HX-Request") String htmx) {
        boolean inPlace = "true".equals(htmx) && back != null;
        CorrectionForm form = new CorrectionForm(value, reason);
        try {
            CorrectionRequest request = new CorrectionRequest(number(value), reason);
            measurements.correct(measurement, request, new InvalidInput.Collector().addAll(Violations.errors(validator.validate(request))));
        } catch (InvalidInput e) {
            if (inPlace) {
                return Response.status(400).entity(Templates.logged(safeId(deal), BackPath.safe(back), null,
                        e.getMessage())).build();
            }
            return Response.status(400).entity(Templates.measurement(measurements.get(measurement), form, e.byField(), null)).build();
        }
        if (inPlace) {
            return Response.ok(Templates.logged(safeId(deal), BackPath.safe(back),
                    measurements.confirmation(measurement).orElse(null), null)).build();
        }
        if (back != null) {
            return seeOther(BackPath.with(back, ActivityLog.UNDONE, measurement, ActivityLog.LOGGED));
        }
        return seeOther("/kpis/measurements/" + measurement + "?done=corrected");
    }

    @GET
    @Path("import")
    public TemplateInstance importForm(@RestQuery Integer created, @RestQuery Integer updated, @RestQuery Integer unchanged) {
        String notice = created == null ? null
                : "Imported: " + created + " new, " + (updated == null ? 0 : updated) + " updated, "
                        + (unchanged == null ? 0 : unchanged) + " unchanged.";
        return Templates.importer("", null, List.of(), notice);
    }

    /** Previews a CSV import, or, once confirmed, checks it again and stores every row or none. */
    @POST
    @Path("import")
    public Response importCsv(@RestForm String csv, @RestForm boolean confirm) {
        try {
            ImportResult result = importer.csv(csv, true);
            if (confirm) {
                // checked again: now stored by a job whose page follows it, all rows or none
                return seeOther("/imports/" + importer.startJob(csv, result.rows().size()));
            }
            return Response.ok(Templates.importer(csv, result, List.of(), null)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.importer(csv, null, e.errors(), null)).build();
        } catch (Conflict e) {
            return Response.status(409).entity(Templates.importer(csv, null, List.of(new FieldError("import", e.getMessage())),
                    null)).build();
        }
    }

    private static Long id(String field, String text) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long id = errors.parse(field, text, Long::valueOf, "This is not the id of a " + field + ".");
        errors.throwIfAny();
        return id;
    }

    /** The deal id the undo form carried back, only to draw the buttons again; one that is not a number is left out. */
    private static Long safeId(String text) {
        return text != null && text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    private static BigDecimal number(String text) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        BigDecimal value = errors.parse("value", text, BigDecimal::new, "Enter a number like 12 or 2.5.");
        errors.throwIfAny();
        return value;
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}

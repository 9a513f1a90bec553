package dev.goose.kpi.measure;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.kpi.measure.MeasurementViews.BatchRequest;
import dev.goose.kpi.measure.MeasurementViews.CorrectionRequest;
import dev.goose.kpi.measure.MeasurementViews.ImportResult;
import dev.goose.kpi.measure.MeasurementViews.LogRequest;
import dev.goose.kpi.measure.MeasurementViews.MeasurementDetail;
import dev.goose.kpi.measure.MeasurementViews.MeasurementPage;
import dev.goose.kpi.measure.MeasurementViews.MeasurementView;
import dev.goose.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Measurements as JSON: a rep logs and reads their own activity and corrects what they logged; a
 * manager reads, corrects and imports the numbers of the people they see; an admin everyone's.
 * Refusals are problem documents naming the field, or the row and column of an import.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurements", description = "Activity logged with one click, audited corrections, and imports by external id")
@APIResponse(responseCode = "400", description = "Invalid input, each field (or row and column) named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such entry or person, or out of the caller's sight",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Another import stored the same external ids at the same moment; nothing was saved",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeasurementApi {

    @Inject
    MeasurementService measurements;

    @Inject
    MeasurementImport importer;

    @POST
    @Path("measurements/log")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Log activity for the caller: a logged KPI by key, value 1 unless given, today (in the team's zone)"
            + " unless a past date is given, optionally a deal the caller can see and a note")
    public Response log(@Valid LogRequest request) {
        MeasurementView logged = measurements.log(request);
        return Response.created(URI.create("/api/v1/measurements/" + logged.id())).entity(logged).build();
    }

    @GET
    @Path("measurements")
    @Authenticated
    @Operation(summary = "A person's entries, newest first: the caller's own unless a person they see is named;"
            + " optionally of one KPI and from/to a day (inclusive); paged from 1, at most 500 a page")
    public MeasurementPage list(@RestQuery Long person, @RestQuery String kpi, @RestQuery String from, @RestQuery String to,
            @RestQuery Integer page, @RestQuery Integer limit) {
        return measurements.list(person, kpi, from, to, page, limit);
    }

    @GET
    @Path("measurements/{measurement}")
    @Authenticated
    @Operation(summary = "One entry with its corrections, oldest first")
    public MeasurementDetail get(Long measurement) {
        return measurements.get(measurement);
    }

    @POST
    @Path("measurements/{measurement}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Correct an entry's value, with a reason; 0 undoes a logged +1. A rep corrects what they logged,"
            + " a manager or admin any entry of someone they see")
    public MeasurementDetail correct(Long measurement,
            @Valid @NotNull(message = "Say why the value changes: corrections are kept with their reason.") CorrectionRequest request) {
        return measurements.correct(measurement, request);
    }

    @POST
    @Path("measurements/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Authenticated
    @Operation(summary = "Import measurements from CSV (person,kpi,date,value,external_id[,note] in any order): all rows or"
            + " none, idempotent by external id; ?dryRun=true previews without writing")
    public ImportResult importCsv(byte[] csv, @RestQuery boolean dryRun) {
        return importer.csv(csv, dryRun);
    }

    @POST
    @Path("measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Import measurements as JSON, by the rules of the CSV import; ?dryRun=true previews without writing")
    public ImportResult importJson(BatchRequest request, @RestQuery boolean dryRun) {
        return importer.batch(request, dryRun);
    }
}

package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.cache.FromMemory;
import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.pipeline.crm.DealImport;
import dev.goose.pipeline.deal.DealViews.ChangeView;
import dev.goose.pipeline.deal.DealViews.CloseRequest;
import dev.goose.pipeline.deal.DealViews.DealGuides;
import dev.goose.pipeline.deal.DealViews.DealPage;
import dev.goose.pipeline.deal.DealViews.DealRequest;
import dev.goose.pipeline.deal.DealViews.DealView;
import dev.goose.pipeline.deal.DealViews.MoveResult;
import dev.goose.pipeline.deal.DealViews.PipelineView;
import dev.goose.pipeline.deal.DealViews.StageLine;
import dev.goose.pipeline.stage.PipelineService;
import dev.goose.time.Dates;
import dev.goose.validation.Violations;
import dev.goose.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Deal pages: the board by stage, a deal with its stage's script and exit checklist, and its forms. */
@Path("/deals")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DealPages {

    private static final String HTML_UTF8 = "text/html;charset=UTF-8";

    @Inject
    DealService deals;

    @Inject
    DealApi api;

    @Inject
    DealImport importer;

    @Inject
    Validator validator;


    @Inject
    FromMemory memory;

    @Inject
    GuideFragments fragments;

    @Inject
    RenderedPages rendered;

    @Inject
    PipelineService pipelines;


    /** The deal form as typed; the pipeline (a key) is chosen on creation only. */
    public record DealForm(Long id, String name, String account, String amount, String margin, String currency, String expectedClose,
            String nextStep, String pipeline) {
    }

    @CheckedTemplate(basePath = "pipeline/deal")
    static class Templates {
        static native TemplateInstance board(List<PipelineView> pipelines, PipelineView shown, List<DealView> deals, boolean closed,
                String notice);

        static native TemplateInstance list(List<PipelineView> pipelines, PipelineView shown, List<DealView> deals,
                DealFilter filter, List<String> owners);

        static native TemplateInstance deal(DealGuides page, String guides, List<StageLine> stages, List<ChangeView> history,
                String notice, String error);

        static native TemplateInstance guides(DealGuides page);

        static native TemplateInstance checklist(DealGuides page);

        static native TemplateInstance call(DealGuides page);

        static native TemplateInstance form(DealForm form, List<PipelineView> pipelines, Map<String, String> errors);

        static native TemplateInstance importer(String csv, DealImport.Report report);
    }

    /** The board of one pipeline at a time: the default one unless another is chosen. */
    @GET
    public TemplateInstance board(@RestQuery boolean closed, @RestQuery String done, @RestQuery String pipeline) {
        PipelineView shown = pipelines.shownOrDefault(pipeline);
        return Templates.board(pipelines.all(), shown, deals.list(shown.key(), null, closed), closed, Notice.of(done));
    }

    /** The filters of the deal list, as typed. */
    public record DealFilter(String stage, String owner, String q, boolean closed, boolean stalled) {
    }

    /** The deals as a list, filtered by stage, owner, words in name or account, closed and stalled. */
    @GET
    @Path("list")
    public TemplateInstance list(@RestQuery String stage, @RestQuery String owner, @RestQuery String q,
            @RestQuery boolean closed, @RestQuery boolean stalled, @RestQuery String pipeline) {
        DealFilter filter = new DealFilter(stage == null ? "" : stage, owner == null ? "" : owner, q == null ? "" : q.strip(),
                closed, stalled);
        PipelineView shown = pipelines.shownOrDefault(pipeline);
        List<DealView> all = deals.list(shown.key(), filter.stage().isEmpty() ? null : filter.stage(), closed);
        String words = filter.q().toLowerCase(java.util.Locale.ROOT);
        List<DealView> listed = all.stream()
                .filter(d -> filter.owner().isEmpty() || d.ownerName().equals(filter.owner()))
                .filter(d -> words.isEmpty() || d.name().toLowerCase(java.util.Locale.ROOT).contains(words)
                        || d.account().toLowerCase(java.util.Locale.ROOT).contains(words))
                .filter(d -> !stalled || d.stalled()).toList();
        List<String> owners = all.stream().map(DealView::ownerName).distinct().sorted().toList();
        return Templates.list(pipelines.all(), shown, listed, filter, owners);
    }

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        return Templates.importer("", null);
    }

    /** Previews an import, or applies it: all rows or none. */
    @POST
    @Path("import")
    public Response importCsv(@RestForm String csv, @RestForm boolean apply) {
        DealImport.Report report = importer.run(csv, false);
        if (!apply || !report.errors().isEmpty()) {
            return Response.status(report.errors().isEmpty() ? 200 : 400).entity(Templates.importer(csv, report)).build();
        }
        // Checked: now stored by a job whose page follows it, all rows or none.
        String job = importer.startJob(csv, report.rows());
        return Response.seeOther(URI.create("/imports/" + job)).build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export() {
        return api.export();
    }

    @GET
    @Path("new")
    public TemplateInstance newForm(@RestQuery String pipeline) {
        return Templates.form(new DealForm(null, "", "", "0", "", "EUR", "", "", pipelines.shownOrDefault(pipeline).key()),
                pipelines.all(), Map.of());
    }

    @POST
    public Response create(@RestForm String name, @RestForm String account, @RestForm String amount, @RestForm String margin,
            @RestForm String currency, @RestForm String expectedClose, @RestForm String nextStep, @RestForm String pipeline) {
        DealForm form = new DealForm(null, name, account, amount, margin, currency, expectedClose, nextStep, pipeline);
        try {
            DealView created = deals.create(request(form));
            return Response.seeOther(URI.create("/deals/" + created.id() + "?done=created")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.form(form, pipelines.all(), e.byField())).build();
        }
    }

    /**
     * The deal page, made on the I/O thread when the deal, its guides and everything the layout shows
     * are in memory, and encoded to bytes in one pass: it is the page a rep keeps open in a call, and
     * reloads, so the same browser is shown the same bytes again while nothing changed.
     */
    @GET
    @Path("{id}")
    public Uni<Response> deal(Long id, @RestQuery String done) {
        String notice = Notice.of(done);
        return memory.read(() -> Response.ok(rendered.of(() -> deals.page(id),
                page -> page(page, notice, null).render().getBytes(StandardCharsets.UTF_8)), HTML_UTF8).build());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(Long id) {
        DealView deal = deals.get(id);
        return Templates.form(new DealForm(id, deal.name(), deal.account(), deal.amount().toPlainString(),
                deal.margin() == null ? "" : deal.margin().toPlainString(), deal.currency(),
                deal.expectedClose() == null ? "" : deal.expectedClose().toString(), deal.nextStep() == null ? "" : deal.nextStep(),
                deal.pipeline()), pipelines.all(), Map.of());
    }

    @POST
    @Path("{id}")
    public Response update(Long id, @RestForm String name, @RestForm String account, @RestForm String amount,
            @RestForm String margin, @RestForm String currency, @RestForm String expectedClose, @RestForm String nextStep) {
        DealForm form = new DealForm(id, name, account, amount, margin, currency, expectedClose, nextStep, null);
        try {
            deals.update(id, request(form));
            return Response.seeOther(URI.create("/deals/" + id + "?done=saved")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.form(form, pipelines.all(), e.byField())).build();
        }
    }

    /** Ticks an exit item; htmx swaps the guides (or call mode's checklist) in place. */
    @POST
    @Path("{id}/ticks")
    public TemplateInstance tick(Long id, @RestForm String playbook, @RestForm String item, @RestForm boolean done,
            @RestForm String view) {
        DealGuides page = deals.tick(id, playbook, item, done);
        return "checklist".equals(view) ? Templates.checklist(page) : Templates.guides(page);
    }

    /** Call mode: the stage's scripts large, any script a keystroke away, the exit checklist at hand. */
    @GET
    @Path("{id}/call")
    public TemplateInstance call(Long id) {
        return Templates.call(deals.call(id));
    }

    @POST
    @Path("{id}/stage")
    public Response move(Long id, @RestForm String stage) {
        try {
            MoveResult result = deals.move(id, stage, null);
            return Response.seeOther(URI.create("/deals/" + id + "?done=" + (result.openItemsLeftBehind().isEmpty()
                    ? "moved" : "moved-open"))).build();
        } catch (Conflict | InvalidInput e) {
            return Response.status(e instanceof Conflict ? 409 : 400).entity(page(id, null, e.getMessage())).build();
        }
    }

    @POST
    @Path("{id}/close")
    public Response close(Long id, @RestForm String outcome, @RestForm String reason) {
        try {
            Violations.requireShape(validator, new CloseRequest(true, reason));
            deals.close(id, "won".equals(outcome), reason);
            return Response.seeOther(URI.create("/deals/" + id + "?done=closed")).build();
        } catch (Conflict | InvalidInput e) {
            return Response.status(e instanceof Conflict ? 409 : 400).entity(page(id, null, e.getMessage())).build();
        }
    }

    private TemplateInstance page(Long id, String notice, String error) {
        return page(deals.page(id), notice, error);
    }

    private TemplateInstance page(DealPage deal, String notice, String error) {
        return Templates.deal(deal.guides(), fragments.html(deal.guides()),
                StageLine.of(deal.stages(), deal.guides().deal().stage()), deal.history(),
                notice, error);
    }

    /**
     * The request the form stands for, checked against the same shape as the API's; a malformed
     * amount or date is reported with the other problems.
     */
    private DealRequest request(DealForm form) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        BigDecimal amount = errors.parse("amount", form.amount(), BigDecimal::new, "Enter an amount like 12500.50.");
        BigDecimal margin = errors.parse("margin", form.margin(), BigDecimal::new, "Enter a margin like 4200.00, or leave it blank.");
        LocalDate close = errors.parse("expectedClose", form.expectedClose(), Dates::parse, "Enter a date like 2027-01-31.");
        DealRequest request = new DealRequest(form.name(), form.account(), amount, margin, form.currency(), null, null, close,
                form.nextStep(), null, null, form.pipeline());
        // The form shows a field's first message, so a malformed amount reads as such, not as missing.
        errors.addAll(Violations.errors(validator.validate(request))).throwIfAny();
        return request;
    }
}

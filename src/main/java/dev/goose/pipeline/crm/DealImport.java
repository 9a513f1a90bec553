package dev.goose.pipeline.crm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import dev.goose.csv.CsvText;
import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.imports.ImportJobs;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.crm.DealCsv.CellError;
import dev.goose.pipeline.crm.DealCsv.Row;
import dev.goose.pipeline.deal.Deal;
import dev.goose.pipeline.deal.DealAccess;
import dev.goose.pipeline.deal.DealService;
import dev.goose.pipeline.deal.StageChange;
import dev.goose.pipeline.stage.Pipeline;
import dev.goose.pipeline.stage.Stage;
import dev.goose.playbook.StageGuides;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * CSV import of deals: a dry run that reports every problem by row and column, and an apply that
 * stores all rows or none, in one transaction. Rows with a source and external id update the deal
 * they name. Everything a row is checked against is read up front ({@link ImportLookups}), so the
 * work grows with the rows, not with their square: 10,000 rows take seconds.
 */
@ApplicationScoped
public class DealImport {

    /** How many rows are written between two progress reports. */
    static final int PROGRESS_STEP = 500;

    /** Room for 10,000 rows on a slow, shared machine; the default of 60 seconds is for requests. */
    static final int TIMEOUT_SECONDS = 600;

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    DealAccess access;

    @Inject
    StageGuides guides;

    @Inject
    ImportJobs jobs;

    /** What an import did, or would do: counts, and the problems that stop it. */
    public record Report(boolean applied, int rows, int created, int updated, List<CellError> errors) {
    }

    /** A checked row: the deal it updates (null for a new one), its owner, pipeline and stage. */
    private record Plan(Row row, Deal existing, Member owner, Pipeline pipeline, Stage stage) {
    }

    /** An uploaded file, which must be UTF-8: a byte that is not is refused with its row and column. */
    @Transactional
    public Report run(byte[] file, boolean apply) {
        String csv;
        try {
            csv = CsvText.decode(file);
        } catch (CsvText.Unreadable e) {
            throw new InvalidInput(List.of(new FieldError(field(e.row(), e.column()), e.getMessage())));
        }
        return run(csv, apply);
    }

    @Transactional
    public Report run(String csv, boolean apply) {
        return run(current.member(), DealCsv.read(csv), apply, done -> {
        });
    }

    /** Starts storing checked CSV text as a job, for the browser to follow; returns the job's id. */
    public String startJob(String csv, int rows) {
        Long me = current.id();
        return jobs.start("deals", me, rows, progress -> {
            Report done = applyAs(me, csv, progress);
            return new ImportJobs.Outcome(done.created(), done.updated(), done.errors().isEmpty() ? null
                    : String.join("\n", done.errors().stream().map(e -> field(e.row(), e.column()) + ": " + e.message()).toList()));
        });
    }

    /** The apply of a job started from the browser: as the person who started it, reporting progress. */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public Report applyAs(Long personId, String csv, IntConsumer progress) {
        return run(People.byId(personId).orElseThrow(), DealCsv.read(csv), true, progress);
    }

    /**
     * Checks every row, then, when asked and nothing is wrong, stores them all, telling
     * {@code progress} how many rows are written as it goes. A failure rolls every row back.
     */
    @Transactional
    public Report run(Member me, DealCsv.Parsed parsed, boolean apply, IntConsumer progress) {
        List<CellError> errors = new ArrayList<>(parsed.errors());
        // Queries below never need to see this import's own writes: flushing before each one would
        // dirty-check every deal written so far, which is what made imports slow down with the square of the rows.
        Deal.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        ImportLookups lookups = new ImportLookups(parsed.rows());
        List<Plan> plans = new ArrayList<>();
        Set<String> externalIds = new HashSet<>();
        for (Row row : parsed.rows()) {
            plans.add(plan(row, me, lookups, externalIds, errors));
        }
        int updated = (int) plans.stream().filter(p -> p.existing() != null).count();
        int created = plans.size() - updated;
        if (!errors.isEmpty() || !apply) {
            return new Report(false, plans.size(), created, updated, List.copyOf(errors));
        }
        store(plans, me, progress);
        return new Report(true, plans.size(), created, updated, List.of());
    }

    private void store(List<Plan> plans, Member me, IntConsumer progress) {
        Map<String, List<StageGuides.Guide>> guidesByStage = new HashMap<>();
        Instant now = clock.instant();
        int done = 0;
        for (Plan plan : plans) {
            Deal deal = plan.existing() == null ? new Deal() : plan.existing();
            Stage from = deal.stage;
            fill(deal, plan, now);
            if (plan.existing() == null) {
                deal.createdAt = now;
                deal.pipeline = plan.pipeline();

                deal.enter(plan.stage(), now, null);
                deal.persist();
                List<StageGuides.Guide> entered = guidesByStage.computeIfAbsent(plan.stage().key, guides::forStage);
                StageChange.record(deal, null, plan.stage(), me.id(), now, entered, entered);
            } else if (!plan.stage().id.equals(from.id)) {
                deal.enter(plan.stage(), now, null);
                StageChange.record(deal, from, plan.stage(), me.id(), now, guidesByStage.computeIfAbsent(from.key, guides::forStage),
                        guidesByStage.computeIfAbsent(plan.stage().key, guides::forStage));
            }
            if (++done % PROGRESS_STEP == 0) {
                progress.accept(done);
            }
        }
        Deal.flush();
        progress.accept(done);
    }

    private static void fill(Deal deal, Plan plan, Instant now) {
        Row row = plan.row();
        deal.name = row.name();
        deal.account = row.account();
        deal.amount = row.amount().setScale(2);
        if (row.marginGiven()) {
            deal.margin = row.margin() == null ? null : row.margin().setScale(2);
        }
        deal.currency = row.currency() == null ? "EUR" : row.currency().toUpperCase(Locale.ROOT);
        deal.ownerId = plan.owner().id();
        deal.expectedClose = row.expectedClose();
        deal.nextStep = row.nextStep();
        deal.externalId = row.externalId();
        deal.source = row.source();
        deal.updatedAt = now;
    }

    private Plan plan(Row row, Member me, ImportLookups lookups, Set<String> externalIds, List<CellError> errors) {
        int number = row.row();
        Member owner = row.ownerEmail() == null ? me : lookups.owner(row.ownerEmail()).orElse(null);
        if (owner == null || !access.canAssign(me, owner)) {
            errors.add(new CellError(number, "owner_email", row.ownerEmail() == null ? "You cannot own deals."
                    : "There is no active person '" + row.ownerEmail() + "' you may assign deals to."));
        }
        if (row.currency() != null && !row.currency().toUpperCase(Locale.ROOT).matches("[A-Z]{3}")) {
            errors.add(new CellError(number, "currency", "Use a three-letter code such as EUR or USD."));
        }
        check(row.name(), 200, number, "name", errors);
        check(row.account(), 200, number, "account", errors);
        check(row.nextStep(), 500, number, "next_step", errors);
        check(row.externalId(), 200, number, "external_id", errors);
        check(row.source(), 60, number, "source", errors);
        Deal existing = null;
        if (row.externalId() != null) {
            if (!externalIds.add(ImportLookups.key(row.source(), row.externalId()))) {
                errors.add(new CellError(number, "external_id", "An earlier row has the same source and external id."));
            }
            existing = lookups.existing(row).orElse(null);
            if (existing != null && !access.canSee(me, existing)) {
                errors.add(new CellError(number, "external_id", "This external id belongs to a deal you may not change."));
                existing = null;
            }
        }
        Pipeline pipeline = pipelineOf(row, existing, lookups, errors);
        Stage stage = pipeline == null || row.stage() == null ? null : lookups.stage(pipeline, row.stage()).orElse(null);
        if (pipeline != null && row.stage() != null && stage == null) {
            errors.add(new CellError(number, "stage", "There is no stage '" + row.stage() + "' in the pipeline '" + pipeline.key + "'."));
        }
        if (existing != null && stage != null) {
            checkExitItems(existing, stage, number, errors);
        }
        return new Plan(row, existing, owner, pipeline, stage);
    }

    /** The row's pipeline: the deal's own, else the one named, else the default. */
    private static Pipeline pipelineOf(Row row, Deal existing, ImportLookups lookups, List<CellError> errors) {
        Pipeline named = row.pipeline() == null ? null : lookups.pipeline(row.pipeline()).orElse(null);
        if (row.pipeline() != null && named == null) {
            errors.add(new CellError(row.row(), "pipeline", "There is no pipeline '" + row.pipeline() + "'."));
            return null;
        }
        if (existing != null && named != null && !named.id.equals(existing.pipeline.id)) {
            errors.add(new CellError(row.row(), "pipeline", "This deal is in the pipeline '" + existing.pipeline.key
                    + "'; a deal stays in its pipeline."));
            return null;
        }
        return existing != null ? existing.pipeline
                : named != null ? named : lookups.defaultPipeline().orElseThrow(() -> new NotFound("A default pipeline"));
    }

    /** A pipeline that refuses open exit items refuses them in an import too, as a problem of the row. */
    private void checkExitItems(Deal deal, Stage next, int row, List<CellError> errors) {
        if (next.position <= deal.stage.position || !deal.pipeline.refusesOpenExitItems()) {
            return;
        }
        Set<String> ticked = DealService.ticks(deal);
        List<String> open = new ArrayList<>();
        for (StageGuides.Guide guide : guides.forStage(deal.stage.key)) {
            guide.items().stream().filter(i -> !ticked.contains(guide.playbookId() + "/" + i.id())).forEach(i -> open.add(i.text()));
        }
        if (!open.isEmpty()) {
            errors.add(new CellError(row, "stage", "The exit checklist of " + deal.stage.name + " still has open items: "
                    + String.join("; ", open) + "."));
        }
    }

    private static void check(String value, int max, int row, String column, List<CellError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new CellError(row, column, "Use at most " + max + " characters."));
        }
    }

    /** "row 3, column amount", as the API names a cell. */
    public static String field(int row, String column) {
        return "row " + row + (column == null || column.isEmpty() ? "" : ", column " + column);
    }
}

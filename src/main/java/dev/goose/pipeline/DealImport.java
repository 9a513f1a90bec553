package dev.goose.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.goose.people.CurrentPerson;
import dev.goose.people.Person;
import dev.goose.pipeline.DealCsv.CellError;
import dev.goose.pipeline.DealCsv.Row;
import dev.goose.pipeline.DealViews.DealRequest;
import dev.goose.web.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * CSV import of deals: a dry run that reports every problem by row and column, and an apply that
 * stores all rows or none. Rows with a source and external id update the deal they name.
 */
@ApplicationScoped
public class DealImport {

    @Inject
    CurrentPerson current;

    @Inject
    DealAccess access;

    @Inject
    DealService deals;

    /** What an import did, or would do: counts, and the problems that stop it. */
    public record Report(boolean applied, int rows, int created, int updated, List<CellError> errors) {
    }

    private record Plan(Row row, Deal existing, Long ownerId) {
    }

    @Transactional
    public Report run(String csv, boolean apply) {
        DealCsv.Parsed parsed = DealCsv.read(csv);
        List<CellError> errors = new ArrayList<>(parsed.errors());
        Person me = current.get();
        List<Plan> plans = new ArrayList<>();
        Set<String> externalIds = new HashSet<>();
        for (Row row : parsed.rows()) {
            plans.add(plan(row, me, externalIds, errors));
        }
        int updated = (int) plans.stream().filter(p -> p.existing() != null).count();
        int created = plans.size() - updated;
        if (!errors.isEmpty() || !apply) {
            return new Report(false, plans.size(), created, updated, List.copyOf(errors));
        }
        for (Plan plan : plans) {
            Row row = plan.row();
            DealRequest request = new DealRequest(row.name(), row.account(), row.amount(), row.currency(), plan.ownerId(),
                    row.stage(), row.expectedClose(), row.nextStep(), row.externalId(), row.source(), row.pipeline());
            if (plan.existing() == null) {
                deals.create(request);
            } else {
                deals.update(plan.existing().id, request);
                deals.move(plan.existing().id, row.stage(), null);
            }
        }
        return new Report(true, plans.size(), created, updated, List.of());
    }

    private Plan plan(Row row, Person me, Set<String> externalIds, List<CellError> errors) {
        int number = row.row();
        Person owner = row.ownerEmail() == null ? me : Person.byEmail(row.ownerEmail()).orElse(null);
        if (owner == null || !access.canAssign(me, owner)) {
            errors.add(new CellError(number, "owner_email", row.ownerEmail() == null ? "You cannot own deals."
                    : "There is no active person '" + row.ownerEmail() + "' you may assign deals to."));
        }
        if (row.currency() != null && !row.currency().toUpperCase().matches("[A-Z]{3}")) {
            errors.add(new CellError(number, "currency", "Use a three-letter code such as EUR or USD."));
        }
        check(row.name(), 200, number, "name", errors);
        check(row.account(), 200, number, "account", errors);
        check(row.nextStep(), 500, number, "next_step", errors);
        check(row.externalId(), 200, number, "external_id", errors);
        check(row.source(), 60, number, "source", errors);
        Deal existing = null;
        if (row.externalId() != null) {
            if (!externalIds.add(row.source() + "\u0000" + row.externalId())) {
                errors.add(new CellError(number, "external_id", "An earlier row has the same source and external id."));
            }
            existing = Deal.<Deal>find("source = ?1 and externalId = ?2", row.source(), row.externalId()).firstResult();
            if (existing != null && !access.canSee(me, existing)) {
                errors.add(new CellError(number, "external_id", "This external id belongs to a deal you may not change."));
                existing = null;
            }
        }
        checkPipelineAndStage(row, existing, errors);
        return new Plan(row, existing, owner == null ? null : owner.id);
    }

    /** The stage must be one of the row's pipeline: the deal's own, else the one named, else the default. */
    private static void checkPipelineAndStage(Row row, Deal existing, List<CellError> errors) {
        Pipeline named = row.pipeline() == null ? null : Pipeline.byIdOrKey(row.pipeline()).orElse(null);
        if (row.pipeline() != null && named == null) {
            errors.add(new CellError(row.row(), "pipeline", "There is no pipeline '" + row.pipeline() + "'."));
            return;
        }
        if (existing != null && named != null && !named.id.equals(existing.pipeline.id)) {
            errors.add(new CellError(row.row(), "pipeline", "This deal is in the pipeline '" + existing.pipeline.key
                    + "'; a deal stays in its pipeline."));
            return;
        }
        Pipeline pipeline = existing != null ? existing.pipeline
                : named != null ? named : Pipeline.byDefault().orElseThrow(() -> new NotFound("A default pipeline"));
        if (row.stage() != null && Stage.byKey(pipeline, row.stage()).isEmpty()) {
            errors.add(new CellError(row.row(), "stage", "There is no stage '" + row.stage() + "' in the pipeline '"
                    + pipeline.key + "'."));
        }
    }

    private static void check(String value, int max, int row, String column, List<CellError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new CellError(row, column, "Use at most " + max + " characters."));
        }
    }
}

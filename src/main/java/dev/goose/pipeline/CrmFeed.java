package dev.goose.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.goose.people.Person;
import dev.goose.playbook.StageGuides;
import dev.goose.web.Conflict;
import dev.goose.web.Dates;
import dev.goose.web.FieldError;
import dev.goose.web.InvalidInput;
import dev.goose.web.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Deals fed in from another CRM by signed webhook (Goose's signature or HubSpot's v3 one): a Goose
 * JSON format, or HubSpot's deal property-change events. Every delivery upserts by external id,
 * all of it or none of it.
 */
@ApplicationScoped
public class CrmFeed {

    public static final int MAX_BODY = 256 * 1024;

    @Inject
    ObjectMapper json;

    @Inject
    StageGuides guides;

    /** What a delivery changed; repeated counts HubSpot events already taken from an earlier delivery. */
    public record Result(int created, int updated, int repeated) {
    }

    /**
     * Upserts the deals of a delivery whose proof checks out with the source's secret, all or none.
     * The same request again is refused as a replay; a HubSpot event already taken (HubSpot retries
     * a batch with a new timestamp, so a new signature) is skipped by its eventId.
     */
    @Transactional
    public Result deliver(String sourceName, WebhookProof proof, byte[] body) {
        CrmSource source = CrmSource.byName(sourceName).orElseThrow(() -> new NotFound("The CRM source"));
        String key = proof.verify(source.secret, body, Instant.now());
        if (WebhookDelivery.taken(source, key)) {
            throw new Conflict("This delivery was taken already; a replay changes nothing.");
        }
        WebhookDelivery.remember(source, key);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (java.io.IOException e) {
            throw InvalidInput.of("body", "The body is not JSON.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Change> changes = root.isArray() ? hubspot(root, errors) : goose(root, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<Change> unseen = unseen(source, changes);
        Result result = apply(source, unseen, errors);
        return new Result(result.created(), result.updated(), changes.size() - unseen.size());
    }

    /** The changes whose HubSpot event was not taken before, each event remembered as taken from now on. */
    private static List<Change> unseen(CrmSource source, List<Change> changes) {
        List<Change> unseen = new ArrayList<>();
        Set<String> here = new HashSet<>();
        for (Change change : changes) {
            String key = change.eventId() == null ? null : "event:" + change.eventId();
            if (key != null && (!here.add(key) || WebhookDelivery.taken(source, key))) {
                continue;
            }
            if (key != null) {
                WebhookDelivery.remember(source, key);
            }
            unseen.add(change);
        }
        return unseen;
    }

    /** One deal's changes from a delivery: only the fields the delivery names. */
    record Change(int index, String eventId, String externalId, String name, String account, BigDecimal amount, String currency,
            String ownerEmail, String pipeline, String stage, LocalDate expectedClose, String nextStep) {
    }

    private static List<Change> goose(JsonNode root, List<FieldError> errors) {
        List<Change> changes = new ArrayList<>();
        JsonNode deals = root.path("deals");
        if (!deals.isArray()) {
            errors.add(new FieldError("deals", "The body must be {\"deals\": [...]} or HubSpot's array of events."));
            return changes;
        }
        for (int i = 0; i < deals.size(); i++) {
            JsonNode deal = deals.get(i);
            String at = "deals[" + i + "].";
            String id = text(deal, "id");
            if (id == null) {
                errors.add(new FieldError(at + "id", "Each deal needs its id in the CRM."));
            }
            BigDecimal amount = null;
            if (deal.hasNonNull("amount")) {
                try {
                    amount = new BigDecimal(deal.get("amount").asText());
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(at + "amount", "Not a number like 12500.50."));
                }
            }
            LocalDate close = null;
            if (deal.hasNonNull("expectedClose")) {
                try {
                    close = Dates.parse(deal.get("expectedClose").asText());
                } catch (java.time.format.DateTimeParseException e) {
                    errors.add(new FieldError(at + "expectedClose", "Not a date like 2027-01-31."));
                }
            }
            changes.add(new Change(i, null, id, text(deal, "name"), text(deal, "account"), amount, text(deal, "currency"),
                    text(deal, "ownerEmail"), text(deal, "pipeline"), text(deal, "stage"), close, text(deal, "nextStep")));
        }
        return changes;
    }

    /**
     * HubSpot's deal.propertyChange events: dealstage, dealname, amount and closedate are taken.
     * An app's subscription may cover contacts or companies too; their events are not deals.
     */
    private static List<Change> hubspot(JsonNode events, List<FieldError> errors) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String at = "[" + i + "].";
            String type = text(event, "subscriptionType");
            if (type != null && !type.startsWith("deal.")) {
                continue;
            }
            String id = text(event, "objectId");
            String eventId = text(event, "eventId");
            String property = text(event, "propertyName");
            String value = text(event, "propertyValue");
            if (id == null) {
                errors.add(new FieldError(at + "objectId", "Each event needs the deal's objectId."));
                continue;
            }
            if (eventId != null && eventId.length() > 50) {
                errors.add(new FieldError(at + "eventId", "Use an eventId of at most 50 characters."));
                continue;
            }
            String name = null;
            String stage = null;
            BigDecimal amount = null;
            LocalDate close = null;
            try {
                switch (property == null ? "" : property) {
                    case "dealstage" -> stage = value;
                    case "dealname" -> name = value;
                    case "amount" -> amount = value == null || value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value);
                    case "closedate" -> close = value == null ? null : value.matches("\\d+")
                            ? Instant.ofEpochMilli(Long.parseLong(value)).atZone(ZoneOffset.UTC).toLocalDate() : Dates.parse(value);
                    default -> {
                        continue;
                    }
                }
            } catch (RuntimeException e) {
                errors.add(new FieldError(at + "propertyValue", "'" + value + "' is not a valid " + property + "."));
                continue;
            }
            changes.add(new Change(i, eventId, id, name, null, amount, null, null, null, stage, close, null));
        }
        return changes;
    }

    private Result apply(CrmSource source, List<Change> changes, List<FieldError> errors) {
        Pipeline pipeline = Pipeline.byDefault().orElseThrow(() -> new NotFound("A default pipeline"));
        int created = 0;
        int updated = 0;
        Instant now = Instant.now();
        for (Change change : changes) {
            Deal deal = Deal.<Deal>find("source = ?1 and externalId = ?2", source.name, change.externalId()).firstResult();
            // A new deal goes into the default pipeline; one that exists moves only within its own.
            Pipeline within = deal == null ? pipeline : deal.pipeline;
            Stage stage = null;
            if (change.stage() != null) {
                Optional<String> key = StageMapping.stageFor(source, change.pipeline(), change.stage());
                stage = key.flatMap(k -> Stage.byKey(within, k)).orElse(null);
                if (stage == null) {
                    errors.add(new FieldError("[" + change.index() + "].stage", "No stage of the pipeline '" + within.key
                            + "' is mapped to stage '" + change.stage() + "' of this CRM."));
                    continue;
                }
            }
            if (change.amount() != null && (change.amount().signum() < 0 || change.amount().scale() > 2)) {
                errors.add(new FieldError("[" + change.index() + "].amount", "Use a non-negative amount with at most 2 decimals."));
                continue;
            }
            boolean isNew = deal == null;
            if (isNew) {
                deal = new Deal();
                deal.pipeline = pipeline;
                deal.source = source.name;
                deal.externalId = change.externalId();
                deal.name = source.name + " deal " + change.externalId();
                deal.account = "Unknown account";
                deal.amount = BigDecimal.ZERO.setScale(2);
                deal.currency = "EUR";
                deal.owner = source.defaultOwner;
            }
            Person owner = change.ownerEmail() == null ? null : Person.byEmail(change.ownerEmail()).filter(p -> p.active).orElse(null);
            deal.name = limit(change.name(), 200, deal.name);
            deal.account = limit(change.account(), 200, deal.account);
            deal.amount = change.amount() == null ? deal.amount : change.amount().setScale(2);
            deal.currency = change.currency() != null && change.currency().toUpperCase().matches("[A-Z]{3}")
                    ? change.currency().toUpperCase() : deal.currency;
            deal.owner = owner != null ? owner : deal.owner;
            deal.expectedClose = change.expectedClose() != null ? change.expectedClose() : deal.expectedClose;
            deal.nextStep = limit(change.nextStep(), 500, deal.nextStep);
            deal.updatedAt = now;
            Stage target = stage != null ? stage : isNew ? Stage.of(pipeline).get(0) : deal.stage;
            if (isNew) {
                deal.enter(target, now, null);
                deal.persist();
                record(deal, null, target, now);
                created++;
            } else {
                if (!target.id.equals(deal.stage.id)) {
                    Stage from = deal.stage;
                    deal.enter(target, now, null);
                    record(deal, from, target, now);
                }
                updated++;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Result(created, updated, 0);
    }

    /** A move by the feed: nobody made it, and the guides of the stage left (or entered, for a new deal) were shown. */
    private void record(Deal deal, Stage from, Stage to, Instant now) {
        StageChange.record(deal, from, to, null, now, guides.forStage((from != null ? from : to).key), guides.forStage(to.key));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String limit(String value, int max, String otherwise) {
        if (value == null) {
            return otherwise;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}

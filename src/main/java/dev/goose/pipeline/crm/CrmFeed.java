package dev.goose.pipeline.crm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.pipeline.crm.CrmEvents.Event;
import dev.goose.pipeline.stage.Pipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Deals fed in from another CRM by signed webhook (Goose's signature or HubSpot's v3 one): a Goose
 * JSON format, or HubSpot's deal events. Every delivery upserts by external id, in the order the
 * events happened; what cannot be applied is kept, with its reason, for an admin to replay, and the
 * rest of the delivery is applied, since HubSpot would otherwise retry the whole batch for days.
 */
@ApplicationScoped
class CrmFeed {

    public static final int MAX_BODY = 256 * 1024;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    DealUpsert upsert;

    /** An event not applied: its HubSpot eventId, the deal's id in the CRM, where it was in the delivery, and why. */
    public record Skip(String eventId, String deal, String at, String reason) {
    }

    /**
     * What a delivery (or a replay) did: deals created, events applied to deals that existed
     * (applied counts both), HubSpot events taken before (repeated), events older than a change
     * already applied to the same property (stale), and the events kept for a replay (skipped).
     */
    public record Result(int created, int updated, int applied, int repeated, int stale, List<Skip> skipped) {
    }

    /**
     * Applies a delivery whose proof checks out with the source's secret. The same request again is
     * refused as a replay; a HubSpot event already taken (HubSpot retries a batch with a new timestamp,
     * so a new signature) is skipped by its eventId. A body that is not JSON is refused whole.
     */
    @Transactional
    public Result deliver(String sourceName, WebhookProof proof, byte[] body) {
        CrmSource source = source(sourceName);
        Instant now = clock.instant();
        String key = proof.verify(source.secret, body, now);
        if (WebhookDelivery.taken(source, key)) {
            throw new Conflict("This delivery was taken already; a replay changes nothing.");
        }
        WebhookDelivery.remember(source, key, now);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (java.io.IOException e) {
            throw InvalidInput.of("body", "The body is not JSON.");
        }
        if (root == null || !root.isContainerNode()) {
            throw InvalidInput.of("body", "The body must be {\"deals\": [...]} or HubSpot's array of events.");
        }
        List<Event> events = root.isArray() ? CrmEvents.hubspot(root, source.marginProperty) : CrmEvents.goose(root);
        Run run = new Run(source);
        Set<String> here = new HashSet<>();
        for (Event event : CrmEvents.inTimeOrder(events)) {
            if (repeated(source, event, here, run.now)) {
                run.repeated++;
                continue;
            }
            String reason = run.step(event);
            if (reason != null) {
                SkippedEvent.keep(source, event, reason, run.now);
                run.skipped.add(new Skip(event.eventId(), event.externalId(), event.at(), reason));
            }
        }
        return run.result();
    }

    /**
     * Applies the source's skipped events that now can be (a stage was mapped, a person added), in
     * the order they happened; those older than a change applied since are dropped as stale, the
     * others are kept with their reason of now.
     */
    @Transactional
    public Result replay(String sourceName) {
        CrmSource source = source(sourceName);
        Run run = new Run(source);
        List<SkippedEvent> kept = new ArrayList<>(SkippedEvent.of(source));
        kept.sort(Comparator.comparing((SkippedEvent s) -> s.occurredAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (SkippedEvent skipped : kept) {
            Event event = read(skipped, source);
            String reason = event == null ? null : run.step(event);
            if (reason == null) {
                skipped.delete();
            } else {
                skipped.reason = CrmEvents.limit(reason, 500);
                run.skipped.add(new Skip(skipped.eventId, skipped.externalId, null, reason));
            }
        }
        return run.result();
    }

    /** Whether a HubSpot event was taken before (or earlier in this delivery); remembers it as taken otherwise. */
    private static boolean repeated(CrmSource source, Event event, Set<String> here, Instant now) {
        if (event.eventId() == null || event.eventId().length() > 50) {
            return false;
        }
        String key = "event:" + event.eventId();
        if (!here.add(key) || WebhookDelivery.taken(source, key)) {
            return true;
        }
        WebhookDelivery.remember(source, key, now);
        return false;
    }

    private Event read(SkippedEvent skipped, CrmSource source) {
        JsonNode node;
        try {
            node = json.readTree(skipped.payload);
        } catch (java.io.IOException e) {
            node = null;
        }
        return CrmEvents.HUBSPOT.equals(skipped.format) ? CrmEvents.hubspotEvent(node, "", source.marginProperty) : CrmEvents.gooseDeal(node, "");
    }

    private static CrmSource source(String name) {
        return CrmSource.byName(name).orElseThrow(() -> new NotFound("The CRM source"));
    }

    /** One delivery or replay under way: applies events one by one and counts what happened. */
    private final class Run {
        final CrmSource source;
        final Pipeline pipeline = Pipeline.byDefault().orElseThrow(() -> new NotFound("A default pipeline"));
        final Instant now = clock.instant();

        final List<Skip> skipped = new ArrayList<>();
        int created;
        int updated;
        int repeated;
        int stale;

        Run(CrmSource source) {
            this.source = source;
        }

        /** Applies an event unless it is stale; answers why it could not be applied, or null. */
        String step(Event event) {
            boolean timed = event.property() != null && event.externalId() != null && event.occurredAt() != null;
            if (timed && CrmEvents.stale(AppliedProperty.lastOccurredAt(source, event.externalId(), event.property()),
                    event.occurredAt())) {
                stale++;
                return null;
            }
            if (event.problem() != null) {
                return event.problem();
            }
            DealUpsert.Outcome outcome = upsert.apply(source, event, pipeline, now);
            if (outcome.skipped() != null) {
                return outcome.skipped();
            }
            if (timed) {
                AppliedProperty.record(source, event.externalId(), event.property(), event.occurredAt());
            }
            if (outcome.created()) {
                created++;
            } else {
                updated++;
            }
            return null;
        }

        Result result() {
            return new Result(created, updated, created + updated, repeated, stale, List.copyOf(skipped));
        }
    }
}

package dev.goose.pipeline.crm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.deal.Deal;
import dev.goose.pipeline.deal.StageChange;
import dev.goose.pipeline.stage.Pipeline;
import dev.goose.pipeline.stage.Stage;
import dev.goose.pipeline.stage.StageMapping;
import dev.goose.playbook.StageGuides;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies one fed event to the deal of its external id, creating the deal if the source has none
 * yet: in the default pipeline, in its first stage unless the event names one, owned by the
 * source's default owner, named after the source until a name arrives. Runs inside the feed's
 * transaction.
 */
@ApplicationScoped
class DealUpsert {

    @Inject
    Clock clock;

    @Inject
    StageGuides guides;

    /** What applying an event did: created a deal, changed one, or nothing, for the reason given. */
    record Outcome(boolean created, String skipped) {
        static Outcome skip(String reason) {
            return new Outcome(false, reason);
        }
    }

    Outcome apply(CrmSource source, CrmEvents.Event event, Pipeline defaultPipeline, Instant now) {
        Deal deal = Deal.<Deal>find("source = ?1 and externalId = ?2", source.name, event.externalId()).firstResult();
        // A new deal goes into the default pipeline; one that exists moves only within its own.
        Pipeline within = deal == null ? defaultPipeline : deal.pipeline;
        Stage stage = null;
        if (event.stage() != null) {
            Optional<String> key = StageMapping.stageFor(source, event.pipeline(), event.stage());
            stage = key.flatMap(k -> Stage.byKey(within, k)).orElse(null);
            if (stage == null) {
                return Outcome.skip((CrmEvents.HUBSPOT.equals(event.format()) ? "dealstage" : "stage") + ": No stage of the pipeline '"
                        + within.key + "' is mapped to stage '" + event.stage() + "'" + (event.pipeline() == null ? ""
                                : " of pipeline '" + event.pipeline() + "'") + " of this CRM.");
            }
        }
        Member owner = null;
        if (event.ownerEmail() != null) {
            owner = People.byEmail(event.ownerEmail()).filter(Member::active).orElse(null);
            if (owner == null) {
                return Outcome.skip("ownerEmail: No active person in Goose has the e-mail address '" + event.ownerEmail() + "'.");
            }
        }
        BigDecimal amount = event.amount() != null ? event.amount() : deal != null ? deal.amount : BigDecimal.ZERO;
        if (event.margin() != null && event.margin().compareTo(amount) > 0) {
            return Outcome.skip((CrmEvents.HUBSPOT.equals(event.format()) ? event.property() : "margin") + ": The gross margin of "
                    + event.margin().toPlainString() + " cannot be more than the deal's amount of " + amount.toPlainString() + ".");
        }
        boolean isNew = deal == null;
        if (isNew) {
            deal = new Deal();
            deal.createdAt = now;
            deal.pipeline = defaultPipeline;

            deal.source = source.name;
            deal.externalId = event.externalId();
            deal.name = CrmEvents.limit(source.name + " deal " + event.externalId(), 200);
            deal.account = "Unknown account";
            deal.amount = BigDecimal.ZERO.setScale(2);
            deal.currency = "EUR";
            deal.ownerId = source.defaultOwnerId;
        }
        deal.name = limit(event.name(), 200, deal.name);
        deal.account = limit(event.account(), 200, deal.account);
        deal.amount = event.amount() == null ? deal.amount : event.amount().setScale(2);
        if (event.margin() != null || event.property() != null && event.property().equals(source.marginProperty)) {
            deal.margin = event.margin() == null ? null : event.margin().setScale(2);
        }
        deal.currency = event.currency() != null && event.currency().toUpperCase().matches("[A-Z]{3}")
                ? event.currency().toUpperCase() : deal.currency;
        deal.ownerId = owner != null ? owner.id() : deal.ownerId;
        deal.expectedClose = event.expectedClose() != null ? event.expectedClose() : deal.expectedClose;
        deal.nextStep = limit(event.nextStep(), 500, deal.nextStep);
        deal.updatedAt = now;
        Stage target = stage != null ? stage : isNew ? Stage.of(defaultPipeline).get(0) : deal.stage;
        if (isNew) {
            deal.enter(target, now, null);
            deal.persist();
            record(deal, null, target, now);
        } else if (!target.id.equals(deal.stage.id)) {
            Stage from = deal.stage;
            deal.enter(target, now, null);
            record(deal, from, target, now);
        }
        return new Outcome(isNew, null);
    }

    /** A move by the feed: nobody made it, and the guides of the stage left (or entered, for a new deal) were shown. */
    private void record(Deal deal, Stage from, Stage to, Instant now) {
        StageChange.record(deal, from, to, null, now, guides.forStage((from != null ? from : to).key), guides.forStage(to.key));
    }

    private static String limit(String value, int max, String otherwise) {
        return value == null ? otherwise : CrmEvents.limit(value, max);
    }
}

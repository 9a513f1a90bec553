package dev.goose.pipeline.crm;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestCrmFeeds.source;
import static dev.goose.testing.TestHubSpot.batch;
import static dev.goose.testing.TestHubSpot.change;
import static dev.goose.testing.TestHubSpot.dealId;
import static dev.goose.testing.TestHubSpot.event;
import static dev.goose.testing.TestHubSpot.eventId;
import static dev.goose.testing.TestHubSpot.send;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestCrmFeeds.Source;
import io.quarkus.test.junit.QuarkusTest;

/**
 * HubSpot's deal events as its Webhooks API (v3) sends them: late, out of order, retried, and
 * now and then one that Goose cannot apply.
 */
@QuarkusTest
class HubSpotEventsTest {

    /** When the events happened in HubSpot, in Unix milliseconds: an hour ago, plus the offset each test gives. */
    private static final long T = System.currentTimeMillis() - 3_600_000L;

    static String stageOf(Person owner, long dealId) {
        return as(owner).get("/api/v1/deals?closed=true").then().extract().path("find { it.externalId == '" + dealId + "' }.stage");
    }

    @Test
    void eventsOfOneBatchAreAppliedInTheOrderTheyHappenedNotTheOrderTheyCame() {
        Person rep = aRep().create();
        Source source = source(anAdmin().create(), rep);
        long deal = dealId();
        send(source, batch(change(deal, T + 200, "dealstage", "appointmentscheduled"), change(deal, T + 100, "dealstage", "qualified"),
                change(deal, T + 300, "dealname", "Newest name"), change(deal, T + 150, "dealname", "Older name")))
                .then().statusCode(200).body("applied", equalTo(4)).body("stale", equalTo(0)).body("skipped", hasSize(0));
        as(rep).get("/api/v1/deals").then().body("find { it.externalId == '" + deal + "' }.name", equalTo("Newest name"));
        assertEquals("demo", stageOf(rep, deal));
    }

    @Test
    void aLateEventOlderThanTheChangeAppliedToItsPropertyDoesNotMoveTheDealBack() {
        Person rep = aRep().create();
        Source source = source(anAdmin().create(), rep);
        long deal = dealId();
        send(source, batch(change(deal, T + 200, "dealstage", "appointmentscheduled"))).then().statusCode(200).body("created", equalTo(1));
        // HubSpot's retry of an earlier batch comes later: its stage is older, its name is the first one given.
        send(source, batch(change(deal, T + 100, "dealstage", "qualified"), change(deal, T + 50, "dealname", "First name")))
                .then().statusCode(200).body("applied", equalTo(1)).body("stale", equalTo(1));
        assertEquals("demo", stageOf(rep, deal));
        as(rep).get("/api/v1/deals").then().body("find { it.externalId == '" + deal + "' }.name", equalTo("First name"));
        send(source, batch(change(deal, T + 250, "dealstage", "qualified"))).then().body("applied", equalTo(1));
        assertEquals("discovery", stageOf(rep, deal));
    }

    @Test
    void aBatchWithEventsGooseCannotApplyAppliesTheOthersAndKeepsTheSkippedOnesWithTheirReason() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep);
        long first = dealId();
        long second = dealId();
        long unmapped = eventId();
        long decimals = eventId();
        send(source, batch(change(first, T + 1, "dealname", "Kept name"),
                event(unmapped, "deal.propertyChange", first, T + 2, "dealstage", "contractsent"),
                event(decimals, "deal.propertyChange", second, T + 3, "amount", "1200.505"),
                change(second, T + 4, "dealstage", "appointmentscheduled")))
                .then().statusCode(200).body("created", equalTo(2)).body("applied", equalTo(2))
                .body("skipped.eventId", hasItems(String.valueOf(unmapped), String.valueOf(decimals)))
                .body("skipped.find { it.eventId == '" + unmapped + "' }.at", equalTo("[1]"))
                .body("skipped.find { it.eventId == '" + unmapped + "' }.reason", containsString("'contractsent'"))
                .body("skipped.find { it.eventId == '" + decimals + "' }.reason", containsString("at most 2 decimals"));
        as(rep).get("/api/v1/deals").then().body("find { it.externalId == '" + first + "' }.name", equalTo("Kept name"));
        assertEquals("demo", stageOf(rep, second));
        as(admin).get("/api/v1/crm-sources/" + source.name() + "/skipped").then().statusCode(200).body("$", hasSize(2))
                .body("find { it.eventId == '" + unmapped + "' }.deal", equalTo(String.valueOf(first)))
                .body("find { it.eventId == '" + unmapped + "' }.property", equalTo("dealstage"));
        PageSession.signedIn(admin).get("/admin/crm").then().statusCode(200).body(containsString("id=\"skipped-" + source.name()))
                .body(containsString("2 skipped events")).body(containsString("contractsent"));
    }

    @Test
    void replayingAfterTheStageIsMappedAppliesTheSkippedEventsInTimeOrderAndDropsStaleOnes() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep);
        long moved = dealId();
        long overtaken = dealId();
        send(source, batch(change(moved, T + 30, "dealstage", "contractsent"), change(moved, T + 20, "dealstage", "presentationscheduled"),
                change(overtaken, T + 10, "dealstage", "contractsent"), change(overtaken, T + 5, "amount", "9.999")))
                .then().statusCode(200).body("applied", equalTo(0)).body("skipped", hasSize(4));
        // A later change of the second deal's stage comes in before the replay: its skipped stage is stale by then.
        send(source, batch(change(overtaken, T + 40, "dealstage", "qualified"))).then().body("created", equalTo(1));
        as(admin).body(List.of(Map.of("externalStage", "qualified", "stage", "discovery"),
                Map.of("externalStage", "presentationscheduled", "stage", "demo"),
                Map.of("externalStage", "contractsent", "stage", "proposal")))
                .put("/api/v1/crm-sources/" + source.name() + "/mappings").then().statusCode(200);
        as(admin).post("/api/v1/crm-sources/" + source.name() + "/skipped/replay").then().statusCode(200)
                .body("applied", equalTo(2)).body("stale", equalTo(1)).body("skipped", hasSize(1))
                .body("skipped[0].reason", containsString("at most 2 decimals"));
        // Applied in the order they happened: presentation scheduled, then contract sent.
        assertEquals("proposal", stageOf(rep, moved));
        assertEquals("discovery", stageOf(rep, overtaken));
        int id = as(rep).get("/api/v1/deals").then().extract().path("find { it.externalId == '" + moved + "' }.id");
        as(rep).get("/api/v1/deals/" + id + "/history").then().body("to", hasItems("Demo", "Proposal"));
        as(admin).get("/api/v1/crm-sources/" + source.name() + "/skipped").then().body("$", hasSize(1));
        as(admin).post("/api/v1/crm-sources/" + source.name() + "/skipped/replay").then().body("applied", equalTo(0))
                .body("skipped", hasSize(1));
        as(rep).post("/api/v1/crm-sources/" + source.name() + "/skipped/replay").then().statusCode(403);
    }

    @Test
    void aDealCreationEventCreatesTheDealForTheSourcesOwnerAndLaterChangesFillItIn() {
        Person admin = anAdmin().create();
        Person first = aRep().create();
        Person owner = aRep().create();
        Source source = source(admin, first);
        as(admin).body(Map.of("defaultOwnerId", owner.id)).put("/api/v1/crm-sources/" + source.name()).then().statusCode(200)
                .body("defaultOwner", equalTo(owner.email));
        long deal = dealId();
        send(source, batch(event(eventId(), "deal.creation", deal, T + 1, null, null)))
                .then().statusCode(200).body("created", equalTo(1));
        as(owner).get("/api/v1/deals").then().body("find { it.externalId == '" + deal + "' }.name", equalTo(source.name() + " deal " + deal))
                .body("find { it.externalId == '" + deal + "' }.stage", equalTo("prospecting"));
        send(source, batch(change(deal, T + 2, "dealname", "Created in HubSpot"), change(deal, T + 2, "amount", "4200.5"),
                change(deal, T + 2, "closedate", "1798761600000"), change(deal, T + 2, "dealstage", "qualified")))
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(4));
        as(owner).get("/api/v1/deals").then().body("find { it.externalId == '" + deal + "' }.name", equalTo("Created in HubSpot"))
                .body("find { it.externalId == '" + deal + "' }.amount", equalTo(4200.5f))
                .body("find { it.externalId == '" + deal + "' }.expectedClose", equalTo("2027-01-01"))
                .body("find { it.externalId == '" + deal + "' }.stage", equalTo("discovery"));
        as(first).get("/api/v1/deals").then().body("$", hasSize(0));
        as(admin).body(Map.of("defaultOwnerId", 0)).put("/api/v1/crm-sources/" + source.name()).then().statusCode(400)
                .body("field", equalTo("defaultOwnerId"));
    }

    @Test
    void aRetriedBatchCountsEveryEventAsRepeatedAndKeepsItsSkippedEventOnce() {
        Person admin = anAdmin().create();
        Source source = source(admin, aRep().create());
        long deal = dealId();
        String body = batch(change(deal, T + 1, "dealname", "Retried"), change(deal, T + 2, "dealstage", "contractsent"));
        send(source, body).then().statusCode(200).body("applied", equalTo(1)).body("skipped", hasSize(1));
        send(source, body).then().statusCode(200).body("applied", equalTo(0)).body("repeated", equalTo(2)).body("skipped", hasSize(0));
        as(admin).get("/api/v1/crm-sources/" + source.name() + "/skipped").then().body("$", hasSize(1));
    }

    @Test
    void anAdminReplaysTheSkippedEventsAndChangesTheOwnerOnThePage() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep);
        long deal = dealId();
        send(source, batch(change(deal, T + 1, "dealstage", "contractsent"))).then().body("skipped", hasSize(1));
        PageSession session = PageSession.signedIn(admin);
        session.postForm("/admin/crm/" + source.name() + "/mappings", "mapping", "*,contractsent,proposal").then().statusCode(303);
        session.postForm("/admin/crm/" + source.name() + "/replay").then().statusCode(200)
                .body(containsString("id=\"replayed\"")).body(containsString("1 applied"));
        assertEquals("proposal", stageOf(rep, deal));
        session.get("/admin/crm").then().body(not(containsString("id=\"skipped-" + source.name())));
        session.postForm("/admin/crm/" + source.name() + "/settings", "defaultOwnerId", admin.id.toString()).then().statusCode(303);
        as(admin).get("/api/v1/crm-sources").then().body("find { it.name == '" + source.name() + "' }.defaultOwner", equalTo(admin.email));
    }

    @Test
    void aSourceReadsTheGrossMarginFromTheCustomPropertyItNamesAndKeepsOneAboveTheAmountForAReplay() {
        Person admin = anAdmin().create();
        Person rep = aRep().create();
        Source source = source(admin, rep);
        long deal = dealId();
        send(source, batch(change(deal, T + 1, "gross_margin", "4200.10"))).then().statusCode(200).body("applied", equalTo(0))
                .body("created", equalTo(0));
        as(admin).body(Map.of("defaultOwnerId", rep.id, "marginProperty", "amount")).put("/api/v1/crm-sources/" + source.name())
                .then().statusCode(400).body("field", equalTo("marginProperty"));
        as(admin).body(Map.of("defaultOwnerId", rep.id, "marginProperty", "Gross Margin")).put("/api/v1/crm-sources/" + source.name())
                .then().statusCode(400).body("field", equalTo("marginProperty"));
        as(admin).body(Map.of("defaultOwnerId", rep.id, "marginProperty", "gross_margin")).put("/api/v1/crm-sources/" + source.name())
                .then().statusCode(200).body("marginProperty", equalTo("gross_margin"));
        // The margin comes before the amount it belongs to: it is kept, and applied by a replay once the amount is in.
        send(source, batch(change(deal, T + 3, "amount", "12500.50"), change(deal, T + 2, "gross_margin", "4200.10"),
                change(deal, T + 2, "dealstage", "qualified"))).then().statusCode(200).body("applied", equalTo(2))
                .body("skipped[0].reason", equalTo("gross_margin: The gross margin of 4200.10 cannot be more than the deal's amount of 0."));
        as(admin).post("/api/v1/crm-sources/" + source.name() + "/skipped/replay").then().statusCode(200).body("applied", equalTo(1));
        as(rep).get("/api/v1/deals").then().body("find { it.externalId == '" + deal + "' }.margin", equalTo(4200.10f));
        send(source, batch(change(deal, T + 1, "gross_margin", "1.00"))).then().body("stale", equalTo(1));
        send(source, batch(change(deal, T + 4, "gross_margin", ""))).then().body("applied", equalTo(1));
        as(rep).get("/api/v1/deals").then().body("find { it.externalId == '" + deal + "' }.margin", org.hamcrest.Matchers.nullValue());
        PageSession.signedIn(admin).get("/admin/crm").then().body(containsString("value=\"gross_margin\""));
    }
}

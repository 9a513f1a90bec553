package dev.goose.pipeline.deal;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestDeals.create;
import static dev.goose.testing.TestDeals.deal;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.pipeline.stage.Pipeline;
import dev.goose.testing.TestPlaybook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DealApiTest {

    @Test
    void theDefaultPipelineHasTheStagesTheShippedPlaybooksUse() {
        as(aRep().create()).get("/api/v1/pipelines").then().statusCode(200)
                .body("find { it.isDefault }.stages.key", equalTo(List.of("prospecting", "discovery", "demo", "proposal",
                        "negotiation", "closed-won", "closed-lost")))
                .body("find { it.isDefault }.stages.find { it.key == 'closed-won' }.outcome", equalTo("won"));
    }

    @Test
    void aRepCreatesADealWithAnExactAmountStartingInTheFirstStage() {
        Person rep = aRep().create();
        int id = create(rep, deal("Pilot"));
        as(rep).get("/api/v1/deals/" + id).then().statusCode(200)
                .body("amount", equalTo(12500.50f)).body("currency", equalTo("EUR"))
                .body("stage", equalTo("prospecting")).body("ownerId", equalTo(rep.id.intValue()));
        as(rep).get("/api/v1/deals/" + id + "/history").then().body("$", hasSize(1)).body("[0].to", equalTo("Prospecting"));
    }

    @Test
    void badInputIsReportedByFieldAndNothingIsStored() {
        Person rep = aRep().create();
        Map<String, Object> misshapen = deal(" ");
        misshapen.put("amount", "-5");
        misshapen.put("nextStep", "x".repeat(501));
        as(rep).body(misshapen).post("/api/v1/deals").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "amount", "nextStep"))
                .body("errors.find { it.field == 'amount' }.message", equalTo("The amount cannot be negative."));
        // Once every field has its shape, the rules that need the pipeline and the people are reported together.
        Map<String, Object> bad = deal("Unknown stage and owner");
        bad.put("stage", "qualification");
        bad.put("ownerId", 987654321);
        bad.put("currency", "euro");
        as(rep).body(bad).post("/api/v1/deals").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("stage", "ownerId", "currency"))
                .body("errors.find { it.field == 'stage' }.message", containsString("discovery"));
        Map<String, Object> notANumber = deal("X");
        notANumber.put("amount", "a lot");
        as(rep).body(notANumber).post("/api/v1/deals").then().statusCode(400).body("field", equalTo("amount"));
        as(rep).get("/api/v1/deals?closed=true").then().body("$", hasSize(0));
    }

    @Test
    void aMissingFieldATooLongTextAndAnAmountOutOfRangeAreEachNamedAndNothingIsStored() {
        Person rep = aRep().create();
        Map<String, Object> missing = deal("No account");
        missing.remove("account");
        refusedShape(rep, missing, "account", "Name the account (the customer).");
        refusedShape(rep, deal("x".repeat(201)), "name", "Use at most 200 characters.");
        Map<String, Object> fractionOfACent = deal("Fraction of a cent");
        fractionOfACent.put("amount", "10.001");
        refusedShape(rep, fractionOfACent, "amount", "Use at most 17 digits before the decimal point and 2 after it.");
        as(rep).contentType("application/json").post("/api/v1/deals").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("Send the deal as a JSON object."));
        as(rep).get("/api/v1/deals?closed=true").then().body("$", hasSize(0));
    }

    private static void refusedShape(Person rep, Map<String, Object> body, String field, String message) {
        as(rep).body(body).post("/api/v1/deals").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", equalTo("Bad Request"))
                .body("detail", equalTo(message)).body("field", equalTo(field))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(message));
    }

    @Test
    void repsSeeTheirOwnDealsAndManagersTheirTeams() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person mine = aRep().onTeam(team).create();
        Person other = aRep().create();
        int minesDeal = create(mine, deal("Mine"));
        int othersDeal = create(other, deal("Other"));
        as(mine).get("/api/v1/deals/" + othersDeal).then().statusCode(404);
        as(manager).get("/api/v1/deals").then().body("id", hasItem(minesDeal)).body("id", not(hasItem(othersDeal)));
        as(other).body(Map.of("name", "Hijack", "account", "A", "amount", 1, "ownerId", mine.id)).post("/api/v1/deals")
                .then().statusCode(400).body("field", equalTo("ownerId"));
        Map<String, Object> assigned = deal("Assigned by the manager");
        assigned.put("ownerId", mine.id);
        int assignedId = create(manager, assigned);
        as(mine).get("/api/v1/deals/" + assignedId).then().statusCode(200);
    }

    @Test
    void aDealShowsItsStagesGuidesAndTheirTicksSurviveANewPlaybookVersion() {
        Person manager = aManager().create();
        String key = "guide" + System.nanoTime();
        String slug = TestPlaybook.newPlaybook(manager, "Guide " + key);
        String v1 = "# Guide " + key + "\n\n## Prospecting {#" + key + " stage=prospecting}\nSay hello.\n\n- [ ] Contact named {#"
                + key + "-contact}\n- [ ] Pain heard {#" + key + "-pain}\n";
        TestPlaybook.publish(manager, slug, v1, 0, 201);
        Person rep = aRep().create();
        int id = create(rep, deal("Guided"));
        as(rep).get("/api/v1/deals/" + id + "/guides").then().statusCode(200)
                .body("guides.find { it.playbook == '" + slug + "' }.html", containsString("Say hello."))
                .body("openItems", hasItem("Contact named"));
        as(rep).body(Map.of("playbook", slug, "item", key + "-contact", "done", true)).put("/api/v1/deals/" + id + "/ticks")
                .then().statusCode(200)
                .body("guides.find { it.playbook == '" + slug + "' }.items.find { it.id == '" + key + "-contact' }.ticked", equalTo(true));
        TestPlaybook.publish(manager, slug, v1.replace("Contact named", "Decision maker named"), 1, 201);
        as(rep).get("/api/v1/deals/" + id + "/guides").then()
                .body("guides.find { it.playbook == '" + slug + "' }.version", equalTo(2))
                .body("guides.find { it.playbook == '" + slug + "' }.items.find { it.id == '" + key + "-contact' }.ticked", equalTo(true))
                .body("openItems", not(hasItem("Decision maker named")));
        as(rep).body(Map.of("playbook", slug, "item", "not-an-item")).put("/api/v1/deals/" + id + "/ticks")
                .then().statusCode(400).body("field", equalTo("item"));
    }

    @Test
    void movingOnRecordsTheChangeAndWarnsAboutOpenExitItems() {
        Person rep = aRep().create();
        int id = create(rep, deal("Mover"));
        as(rep).body(Map.of("stage", "discovery")).post("/api/v1/deals/" + id + "/stage").then().statusCode(200)
                .body("deal.stage", equalTo("discovery"))
                .body("openItemsLeftBehind", hasItem(notNullValue()));
        as(rep).get("/api/v1/deals/" + id + "/history").then()
                .body("[0].from", equalTo("Prospecting")).body("[0].to", equalTo("Discovery"))
                .body("[0].by", equalTo(rep.name)).body("[0].guideVersions", containsString("sales/stages@"));
        as(rep).body(Map.of("stage", "nowhere")).post("/api/v1/deals/" + id + "/stage").then().statusCode(400)
                .body("field", equalTo("stage"));
    }

    @Test
    void aPipelineThatRequiresExitItemsRefusesTheMove() {
        Person rep = aRep().create();
        int id = create(rep, deal("Strict"));
        QuarkusTransaction.requiringNew().run(() -> Pipeline.update("exitRule = 'refuse' where isDefault = true"));
        try {
            as(rep).body(Map.of("stage", "discovery")).post("/api/v1/deals/" + id + "/stage").then().statusCode(409)
                    .body("detail", containsString("still has open items"));
            as(rep).get("/api/v1/deals/" + id).then().body("stage", equalTo("prospecting"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Pipeline.update("exitRule = 'warn' where isDefault = true"));
        }
    }

    @Test
    void aDealClosesAsWonOrLostWithAReason() {
        Person rep = aRep().create();
        int id = create(rep, deal("Closer"));
        as(rep).body(Map.of("won", false, "reason", "Budget cut")).post("/api/v1/deals/" + id + "/close").then().statusCode(200)
                .body("deal.stage", equalTo("closed-lost")).body("deal.closeReason", equalTo("Budget cut"))
                .body("deal.closedAt", notNullValue());
        as(rep).get("/api/v1/deals").then().body("id", not(hasItem(id)));
        as(rep).get("/api/v1/deals?closed=true").then().body("id", hasItem(id));
        as(rep).body(Map.of()).post("/api/v1/deals/" + id + "/close").then().statusCode(400).body("field", equalTo("won"));
    }

    @Test
    void stalledDealsAreFlaggedAfterTheirStagesLimit() {
        Person rep = aRep().create();
        int id = create(rep, deal("Sleeper"));
        QuarkusTransaction.requiringNew().run(() -> Deal.update("stageEnteredAt = ?1 where id = ?2",
                java.time.Instant.now().minus(java.time.Duration.ofDays(30)), (long) id));
        as(rep).get("/api/v1/deals/" + id).then().body("stalled", equalTo(true));
        assertThat(id).isPositive();
    }
}

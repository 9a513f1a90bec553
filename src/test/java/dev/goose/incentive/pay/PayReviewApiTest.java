package dev.goose.incentive.pay;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestPay;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A period's pay from dispute to payroll: a rep disputes a line, their manager answers and resolves it
 * with an adjustment and approves, an admin closes the period and exports payroll, and a deal lost
 * after the close is taken back in the next open period while the closed statement stays as it was.
 */
@QuarkusTest
class PayReviewApiTest {

    @Inject
    TestClock clock;

    Person manager;
    Person admin;
    Person rep;
    int acme;

    @BeforeEach
    void aRepPaidInNovember() {
        TestPay.emptyBooks();
        clock.pin(Instant.parse("2026-11-20T12:00:00Z"));
        manager = aManager().create();
        admin = anAdmin().create();
        Team team = aTeamLedBy(manager);
        rep = aRep().named("Robin Review " + System.nanoTime()).onTeam(team).create();
        String plan = PayApiTest.publish(manager, PayApiTest.PLAN.formatted(System.nanoTime()));
        as(manager).body(Map.of("plan", plan, "team", team.id, "startsOn", "2026-11-01")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        acme = TestDeals.create(rep, TestDeals.deal("Acme"));
        as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + acme + "/close").then().statusCode(200);
        clock.pin(Instant.parse("2026-12-02T09:00:00Z"));
    }

    @AfterEach
    void noBooksLeft() {
        clock.reset();
        TestPay.emptyBooks();
    }

    int disputeBase(String comment) {
        return as(rep).body(Map.of("period", "2026-11-15", "line", 1, "comment", comment)).post("/api/v1/pay/disputes").then()
                .statusCode(201).body("line", equalTo("Base salary, €3,000.00 a month")).body("amountShown", equalTo("€3,000.00"))
                .body("open", equalTo(true)).extract().path("id");
    }

    @Test
    void aDisputedLineIsResolvedWithAnAdjustmentApprovedClosedAndPaidAndALostDealIsTakenBackAfterTheClose() {
        int dispute = disputeBase("My base went up to 3,150 in November.");
        as(manager).body(Map.of("person", rep.id, "period", "2026-11-15")).post("/api/v1/pay/approvals").then().statusCode(409)
                .body("detail", containsString("1 dispute is still open"));
        as(admin).post("/api/v1/pay/periods/month/2026-11-01/close").then().statusCode(409)
                .body("detail", containsString("November 2026 cannot be closed yet")).body("detail", containsString(rep.name));

        as(manager).body(Map.of("body", "The raise starts in December; the difference for November is owed.")).post("/api/v1/pay/disputes/"
                + dispute + "/messages").then().statusCode(200).body("messages", hasSize(2));
        as(manager).body(Map.of("amount", "150.00", "reason", "November at the new base")).post("/api/v1/pay/disputes/" + dispute
                + "/resolution").then().statusCode(200).body("open", equalTo(false))
                .body("messages[2].body", equalTo("Resolved with an adjustment of €150.00 in November 2026: November at the new base"));
        as(rep).body(Map.of("body", "Thanks")).post("/api/v1/pay/disputes/" + dispute + "/messages").then().statusCode(409);

        // 3,000.00 + 12,500.50 × 8% = 1,000.04 + 150.00 = 4,150.04
        as(manager).get("/api/v1/pay/statements?person=" + rep.id + "&period=2026-11-15").then().statusCode(200)
                .body("lines.amountShown", contains("€3,000.00", "€1,000.04", "€150.00")).body("lines.kind", contains("base", "variable",
                        "adjustment")).body("totalShown", equalTo("€4,150.04")).body("review.state", equalTo("open"))
                .body("disputes[0].messages", hasSize(3));
        as(manager).body(Map.of("person", rep.id, "period", "2026-11-15")).post("/api/v1/pay/approvals").then().statusCode(200)
                .body("state", equalTo("approved"));
        as(admin).post("/api/v1/pay/periods/month/2026-11-01/close").then().statusCode(200).body("closed", equalTo(true))
                .body("approved", equalTo(1));

        String payroll = as(admin).get("/api/v1/pay/periods/month/2026-11-01/payroll.csv").then().statusCode(200).extract().asString();
        assertThat(payroll.lines()).containsExactly("person,email,period,currency,base,variable,adjustments,total",
                rep.name + "," + rep.email + ",November 2026,EUR,3000.00,1000.04,150.00,4150.04");

        as(rep).body(Map.of("won", false, "reason", "The customer cancelled")).post("/api/v1/deals/" + acme + "/close").then()
                .statusCode(200);
        as(rep).queryParam("period", "2026-11-15").get("/api/v1/pay/statements").then().statusCode(200)
                .body("totalShown", equalTo("€4,150.04")).body("review.state", equalTo("closed"));
        // 3,000.00 − 1,000.04 = 1,999.96
        as(rep).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem("Adjustment to November 2026, commission on Acme: paid €1,000.04 when closed, €0.00 now, "
                        + "because the deal is now lost"))
                .body("lines.amountShown", contains("€3,000.00", "-€1,000.04")).body("totalShown", equalTo("€1,999.96"));
        as(manager).body(Map.of("person", rep.id, "period", "2026-11-15")).post("/api/v1/pay/approvals").then().statusCode(409)
                .body("detail", containsString("closed"));
        as(admin).get("/api/v1/pay/periods/month/2026-12-01/payroll.csv").then().statusCode(409);
        as(admin).get("/api/v1/pay/periods?kind=month").then().statusCode(200)
                .body("find { it.start == '2026-12-01' }.closable", equalTo(true))
                .body("find { it.start == '2026-11-01' }.closed", equalTo(true));
    }

    @Test
    void aDisputeOfAClosedPeriodIsPaidInTheNextOpenOneAndPeriodsCloseInOrder() {
        as(manager).body(Map.of("person", rep.id, "period", "2026-11-15")).post("/api/v1/pay/approvals").then().statusCode(200);
        as(admin).post("/api/v1/pay/periods/month/2026-12-01/close").then().statusCode(409)
                .body("detail", containsString("December 2026 cannot be closed yet")); // the rep's December is not approved
        as(admin).post("/api/v1/pay/periods/month/2026-11-01/close").then().statusCode(200);
        as(admin).post("/api/v1/pay/periods/month/2026-11-01/close").then().statusCode(409).body("detail", containsString("already closed"));
        as(admin).post("/api/v1/pay/periods/month/2027-01-01/close").then().statusCode(409)
                .body("detail", equalTo("Periods close in order: the next to close is December 2026."));

        int dispute = disputeBase("Base should be 3,150.");
        as(manager).body(Map.of("amount", "150", "reason", "Owed for November")).post("/api/v1/pay/disputes/" + dispute + "/resolution")
                .then().statusCode(200).body("messages[1].body", containsString("in December 2026"));
        as(rep).queryParam("period", "2026-11-15").get("/api/v1/pay/statements").then().body("totalShown", equalTo("€4,000.04"));
        as(rep).get("/api/v1/pay/statements").then().body("lines.formula", hasItem(containsString("Owed for November")))
                .body("totalShown", equalTo("€3,150.00"));
    }

    @Test
    void onlyTheRepAndThoseWhoLeadThemSeeADisputeAndNobodyApprovesOrResolvesTheirOwnPay() {
        int dispute = disputeBase("Why this base?");
        Person otherManager = aManager().create();
        Person stranger = aRep().onTeam(aTeamLedBy(otherManager)).create();
        as(stranger).body(Map.of("body", "hi")).post("/api/v1/pay/disputes/" + dispute + "/messages").then().statusCode(404);
        as(otherManager).body(Map.of("reason", "no")).post("/api/v1/pay/disputes/" + dispute + "/resolution").then().statusCode(404);
        as(rep).body(Map.of("reason", "mine")).post("/api/v1/pay/disputes/" + dispute + "/resolution").then().statusCode(403);
        as(rep).get("/api/v1/pay/disputes").then().statusCode(403);
        as(manager).get("/api/v1/pay/disputes").then().statusCode(200).body("id", contains(dispute));
        as(otherManager).get("/api/v1/pay/disputes").then().statusCode(200).body("id", org.hamcrest.Matchers.empty());
        as(rep).body(Map.of("person", rep.id)).post("/api/v1/pay/approvals").then().statusCode(403);
        as(manager).body(Map.of("person", manager.id)).post("/api/v1/pay/approvals").then().statusCode(403);
        as(otherManager).body(Map.of("person", rep.id)).post("/api/v1/pay/approvals").then().statusCode(404);
        as(manager).post("/api/v1/pay/periods/month/2026-11-01/close").then().statusCode(403);
        as(manager).get("/api/v1/pay/periods").then().statusCode(403);
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsStored() {
        as(rep).body(Map.of("period", "2026-11-15", "line", 9, "comment", " ")).post("/api/v1/pay/disputes").then().statusCode(400)
                .body("errors.field", contains("line", "comment"))
                .body("errors[0].message", equalTo("Name the line you dispute by its position, from 1 to 2."));
        as(manager).get("/api/v1/pay/disputes").then().body("id", org.hamcrest.Matchers.empty());
        int dispute = disputeBase("Why this base?");
        as(manager).body(Map.of("amount", "1.234", "reason", "")).post("/api/v1/pay/disputes/" + dispute + "/resolution").then()
                .statusCode(400).body("errors.field", contains("amount", "reason"));
        as(manager).body(Map.of()).post("/api/v1/pay/approvals").then().statusCode(400).body("errors.field", contains("person"));
        as(admin).post("/api/v1/pay/periods/month/2026-11-05/close").then().statusCode(400)
                .body("errors[0].message", equalTo("A month is named by its first day, as 2026-11-01."));
        as(admin).post("/api/v1/pay/periods/week/2026-11-02/close").then().statusCode(400).body("errors.field", contains("kind"));
        as(admin).get("/api/v1/pay/periods/month/2026-11-01/payroll.csv").then().statusCode(409)
                .body("detail", equalTo("Close November 2026 first: payroll is paid from closed statements."));
    }

    @Test
    void aDealInAnotherCurrencyWaitsForTheMonthsRateAndIsThenCreditedAtIt() {
        Map<String, Object> dollars = new java.util.HashMap<>(TestDeals.deal("Umbrella"));
        dollars.put("currency", "USD");
        dollars.put("amount", "10000.00");
        int umbrella = TestDeals.create(rep, dollars);
        dollars.put("name", "Umbrella renewal");
        int renewal = TestDeals.create(rep, dollars);
        dev.goose.testing.PageSession session = dev.goose.testing.PageSession.signedIn(rep);
        session.get("/pay/deals/" + renewal).then().statusCode(200)
                .body(containsString("Closing it today would not be credited to your pay yet: no USD to EUR rate is entered for this month"));
        as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + umbrella + "/close").then().statusCode(200);
        as(rep).get("/api/v1/pay/statements").then().statusCode(200).body("complete", equalTo(false))
                .body("lines.formula", hasItem("Umbrella, won on 2026-12-02: not credited, it is in USD and no USD to EUR rate is entered "
                        + "for December 2026"));
        as(manager).body(Map.of("person", rep.id)).post("/api/v1/pay/approvals").then().statusCode(409)
                .body("detail", containsString("some deals are not credited yet"));

        as(manager).body(Map.of("month", "2026-12", "from", "USD", "to", "EUR", "rate", "0.9234")).put("/api/v1/pay/rates").then()
                .statusCode(403);
        as(admin).body(Map.of("month", "2026-13", "from", "USD", "to", "usd", "rate", "-1")).put("/api/v1/pay/rates").then()
                .statusCode(400).body("errors.field", contains("month", "to", "rate"));
        as(admin).body(Map.of("month", "2026-12", "from", "usd", "to", "EUR", "rate", "0.9234")).put("/api/v1/pay/rates").then()
                .statusCode(200).body("from", equalTo("USD"));
        // 10,000.00 × 0.9234 = 9,234.00 credited on top of Acme's 12,500.50, still below quota: at 8%, 738.72
        as(rep).get("/api/v1/pay/statements").then().statusCode(200).body("complete", equalTo(true))
                .body("lines.formula", hasItem("Umbrella, won on 2026-12-02, $10,000.00 at 0.9234 EUR per USD (the rate for December "
                        + "2026) = €9,234.00 at 100% credit: €9,234.00 of credited value in the 0–100% band at 8%"))
                .body("totalShown", equalTo("€3,738.72"));
        as(admin).get("/api/v1/pay/rates").then().statusCode(200).body("month", hasItem("2026-12"));
        as(manager).body(Map.of("person", rep.id)).post("/api/v1/pay/approvals").then().statusCode(200);
    }
}

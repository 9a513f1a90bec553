package dev.goose.incentive.pay;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Plans assigned to teams and people, accepted by their reps, and the statements they compute, as each role may see them. */
@QuarkusTest
class PayApiTest {

    /** €3,000 a month; 8% of what is won up to a €240,000 year. */
    static final String PLAN = """
            # Rep pay %s

            ```plan
            name: Rep plan
            currency: EUR
            effective: 2026-01-01
            base: 3000
            commission:
              quota: 240000
              tiers:
                - {from: 0, to: 100, rate: 8}
                - {from: 100, rate: 12, retroactive: true}
            ```
            """;

    @Inject
    TestClock clock;

    Person manager;
    Team team;
    Person rep;

    @BeforeEach
    void aTeamOnAPlan() {
        clock.pin(Instant.parse("2026-12-10T12:00:00Z"));
        manager = aManager().create();
        team = aTeamLedBy(manager);
        rep = aRep().named("Robin Quota " + System.nanoTime()).onTeam(team).create();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String publish(Person author, String markdown) {
        String slug = as(author).body(Map.of("markdown", markdown)).post("/api/v1/playbooks").then().statusCode(201).extract().path("slug");
        as(author).body(Map.of("markdown", markdown, "baseVersion", 0, "note", "the plan")).post("/api/v1/playbooks/" + slug + "/versions")
                .then().statusCode(201);
        return slug;
    }

    String assignToTeam(String from) {
        String slug = publish(manager, PLAN.formatted(System.nanoTime()));
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", from)).post("/api/v1/pay/assignments").then().statusCode(201)
                .body("planTitle", containsString("Rep pay")).body("teamName", equalTo(team.name));
        return slug;
    }

    void wins(Person owner) {
        int deal = TestDeals.create(owner, TestDeals.deal("Acme"));
        as(owner).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
    }

    @Test
    void aRepOnATeamPlanReadsTheirStatementLineByLineToTheCent() {
        assignToTeam("2026-12-01");
        wins(rep);
        as(rep).get("/api/v1/pay/statements").then().statusCode(200)
                .body("period", equalTo("month")).body("start", equalTo("2026-12-01")).body("end", equalTo("2026-12-31"))
                .body("currency", equalTo("EUR")).body("title", equalTo("December 2026"))
                .body("lines.formula", contains("Base salary, €3,000.00 a month",
                        "Acme, won on 2026-12-10, €12,500.50 at 100% credit: €12,500.50 of credited value in the 0–100% band at 8%"))
                // 12,500.50 × 8% = 1,000.04
                .body("lines.amountShown", contains("€3,000.00", "€1,000.04"))
                .body("totalShown", equalTo("€4,000.04")).body("complete", equalTo(true)).body("accepted", equalTo(false))
                .body("previous", equalTo("2026-11-30")).body("next", equalTo("2027-01-01"));
        as(rep).queryParam("period", "2026-11-15").get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines", org.hamcrest.Matchers.empty()).body("notes", hasItem("No plan pays you in this period."));
        // on target: reaching 100% re-rates 240,000.00 at 12%, 28,800.00 a year, 2,400.00 a month; 1,000.04 of it is 41.7%
        as(manager).get("/api/v1/pay/team").then().statusCode(200)
                .body("find { it.personId == " + rep.id + " }.variableShown", equalTo("€1,000.04"))
                .body("find { it.personId == " + rep.id + " }.targetShown", equalTo("€2,400.00"))
                .body("find { it.personId == " + rep.id + " }.percentOfTarget", equalTo(42));
    }

    @Test
    void noRepReadsAnothersPayAndManagersReadOnlyTheirTeams() {
        assignToTeam("2026-12-01");
        Person otherManager = aManager().create();
        Person stranger = aRep().onTeam(aTeamLedBy(otherManager)).create();
        Person teammate = aRep().onTeam(team).create();
        String path = "/api/v1/pay/statements?person=" + rep.id;
        as(rep).get(path).then().statusCode(200);
        as(teammate).get(path).then().statusCode(404);
        as(stranger).get(path).then().statusCode(404);
        as(otherManager).get(path).then().statusCode(404);
        as(manager).get(path).then().statusCode(200).body("personName", equalTo(rep.name));
        as(anAdmin().create()).get(path).then().statusCode(200);
        as(teammate).get("/api/v1/pay/plan?person=" + rep.id).then().statusCode(404);
        as(rep).get("/api/v1/pay/team").then().statusCode(403);
        as(otherManager).get("/api/v1/pay/team").then().statusCode(200).body("personId", org.hamcrest.Matchers.not(hasItem(rep.id.intValue())));
        as(manager).get("/api/v1/pay/team").then().statusCode(200).body("name", hasItems(rep.name, teammate.name));
    }

    @Test
    void aRepAcceptsTheVersionThatPaysThemBySigningWithTheirName() {
        String slug = assignToTeam("2026-12-01");
        as(rep).get("/api/v1/pay/plan").then().statusCode(200).body("plan", equalTo(slug)).body("version", equalTo(1))
                .body("acceptance", nullValue());
        as(rep).body(Map.of("plan", slug, "version", 2, "name", "Someone Else")).post("/api/v1/pay/acceptances").then().statusCode(400)
                .body("errors.field", contains("version", "name"));
        String at = as(rep).body(Map.of("plan", slug, "version", 1, "name", "  " + rep.name.toUpperCase() + " "))
                .post("/api/v1/pay/acceptances").then().statusCode(200).body("signedName", equalTo(rep.name.toUpperCase()))
                .extract().path("acceptedAt");
        clock.pin(Instant.parse("2026-12-11T09:00:00Z"));
        as(rep).body(Map.of("plan", slug, "version", 1, "name", rep.name)).post("/api/v1/pay/acceptances").then().statusCode(200)
                .body("acceptedAt", equalTo(at));
        as(rep).get("/api/v1/pay/statements").then().body("accepted", equalTo(true)).body("parts[0].accepted.version", equalTo(1));
        as(manager).get("/api/v1/pay/team").then().body("find { it.personId == " + rep.id + " }.accepted", equalTo(true));
        as(aRep().create()).body(Map.of("plan", slug, "version", 1, "name", "x")).post("/api/v1/pay/acceptances").then().statusCode(409);
    }

    @Test
    void aPersonsOwnPlanTakesOverFromTheTeamsOnItsDayAndEachPaysItsOwnDays() {
        assignToTeam("2026-01-01");
        String own = publish(manager, PLAN.formatted(System.nanoTime()).replace("Rep plan", "Senior plan").replace("base: 3000", "base: 6200"));
        as(manager).body(Map.of("plan", own, "person", rep.id, "startsOn", "2026-12-16")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        as(rep).get("/api/v1/pay/statements").then().statusCode(200)
                .body("parts.from", contains("2026-12-01", "2026-12-16")).body("parts.to", contains("2026-12-15", "2026-12-31"))
                .body("lines.formula", contains("Base salary, €3,000.00 a month, for 15 of 31 days",
                        "Base salary, €6,200.00 a month, for 16 of 31 days"))
                // 3000 × 15/31 = 1451.6129 → 1,451.61; 6200 × 16/31 = 3,200.00
                .body("lines.amountShown", contains("€1,451.61", "€3,200.00")).body("totalShown", equalTo("€4,651.61"));
    }

    @Test
    void assigningIsForManagersOfThePersonNotForThemselvesAndRefusesWhatIsWrongByField() {
        String slug = assignToTeam("2026-12-01");
        as(rep).body(Map.of("plan", slug, "person", rep.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then().statusCode(403);
        Person admin = anAdmin().create();
        as(admin).body(Map.of("plan", slug, "person", manager.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        Person stranger = aRep().create();
        as(manager).body(Map.of("plan", slug, "person", stranger.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then()
                .statusCode(400).body("errors.field", contains("person"));
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then()
                .statusCode(409);
        String noPlan = publish(manager, "# Just prose " + System.nanoTime() + "\n\nNo plan here.\n");
        as(manager).body(Map.of("plan", noPlan, "startsOn", "1 December")).post("/api/v1/pay/assignments").then().statusCode(400)
                .body("errors.field", contains("plan", "person", "startsOn"));
        as(manager).get("/api/v1/pay/plans").then().statusCode(200).body("slug", hasItem(slug))
                .body("slug", org.hamcrest.Matchers.not(hasItem(noPlan)));
        as(rep).get("/api/v1/pay/assignments").then().statusCode(200).body("teamId", hasItem(team.id.intValue()));
        int id = as(manager).get("/api/v1/pay/assignments").then().extract().path("find { it.teamId == " + team.id + " }.id");
        as(rep).delete("/api/v1/pay/assignments/" + id).then().statusCode(403);
        as(aManager().create()).delete("/api/v1/pay/assignments/" + id).then().statusCode(404);
        as(manager).delete("/api/v1/pay/assignments/" + id).then().statusCode(204);
        as(rep).get("/api/v1/pay/plan").then().statusCode(404);
    }

    @Test
    void aNewHiresDrawIsAdvancedEachPeriodFromTheirStartAndItsBalanceCarries() {
        Person hire = aRep().named("Nia Draw " + System.nanoTime()).onTeam(team).hired(java.time.LocalDate.parse("2026-11-03")).create();
        String slug = publish(manager, PLAN.formatted(System.nanoTime()).replace("base: 3000", "base: 3000\ndraw: {amount: 2000, periods: 3}"));
        as(manager).body(Map.of("plan", slug, "person", hire.id, "startsOn", "2026-11-01")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        as(hire).queryParam("period", "2026-11-15").get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.amountShown", contains("€3,000.00", "€2,000.00")).body("totalShown", equalTo("€5,000.00"));
        wins(hire);
        // 1,000.04 earned is below the 2,000.00 draw by 999.96; 2,000.00 + 999.96 is owed back
        as(hire).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula[2]", equalTo("Draw, period 2 of 3 from 2026-11-03: variable pay €1,000.04 is below the €2,000.00 draw, "
                        + "so €999.96 is advanced; €2,999.96 to recover"))
                .body("lines.amountShown", contains("€3,000.00", "€1,000.04", "€999.96")).body("totalShown", equalTo("€5,000.00"));
    }

    @Test
    void aTeamPoolIsPaidToEachMemberTheirShareOfWhatTheTeamReached() {
        Person teammate = aRep().named("Quinn Pool " + System.nanoTime()).onTeam(team).create();
        String pool = "team-pool:\n  - name: Team deals pool\n    measure: deals\n    target: 2\n    tiers:\n      - {at: 50, pool: 400}\n"
                + "      - {at: 100, pool: 1000.01}\n";
        String slug = publish(manager, PLAN.formatted(System.nanoTime()).replace("```\n", pool + "```\n"));
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        wins(rep);
        wins(teammate);
        // 1,000.01 split evenly between two: 500.01 to the first by name (Quinn), 500.00 to Robin
        as(rep).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem("Team deals pool: the team won 2 deals of its 2 target (100%) reaches the 100% tier: a "
                        + "€1,000.01 pool, split evenly among 2 members"))
                .body("lines.amountShown", contains("€3,000.00", "€1,000.04", "€500.00")).body("totalShown", equalTo("€4,500.04"));
        as(teammate).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.amountShown", contains("€3,000.00", "€1,000.04", "€500.01"));
    }

    @Test
    void aPoolSplitByDaysInTheTeamPaysSomeoneWhoJoinedMidMonthForTheirDaysOnTheTeam() {
        Person joiner = aRep().named("Jo Joiner " + System.nanoTime()).create();
        // An admin moves Jo onto the team on December 10: 22 of December's 31 days, Robin all 31
        as(anAdmin().create()).body(Map.of("name", joiner.name, "email", joiner.email, "role", "rep", "teamId", team.id))
                .put("/api/v1/people/" + joiner.id).then().statusCode(200).body("teamId", equalTo(team.id.intValue()));
        String pool = "team-pool:\n  - name: Team deals pool\n    measure: deals\n    target: 2\n    split: days\n    tiers:\n"
                + "      - {at: 100, pool: 1000}\n";
        String slug = publish(manager, PLAN.formatted(System.nanoTime()).replace("```\n", pool + "```\n"));
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        wins(rep);
        wins(joiner);
        // 1,000 × 31/53 = 584.905…, × 22/53 = 415.094…: 999.99 rounded down, the cent left to Robin's larger remainder
        as(rep).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem("Team deals pool: the team won 2 deals of its 2 target (100%) reaches the 100% tier: a "
                        + "€1,000.00 pool, split by days in the team among 2 members, 31 of their 53 days yours"))
                .body("lines.amountShown", contains("€3,000.00", "€1,000.04", "€584.91"));
        as(joiner).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem(org.hamcrest.Matchers.endsWith("split by days in the team among 2 members, 22 of their 53 days yours")))
                // The team's plan pays Jo from the day Jo joined: 3,000 × 22/31 = 2,129.03
                .body("lines.amountShown", contains("€2,129.03", "€1,000.04", "€415.09"));
    }

    @Test
    void aManagerSeesWhereTheTeamStandsOnAQuarterlyPoolWhileTheQuarterRuns() {
        String pool = "team-pool:\n  - name: Quarter revenue pool\n    measure: revenue\n    period: quarter\n    target: 50000\n"
                + "    tiers:\n      - {at: 50, pool: 400}\n      - {at: 100, pool: 1000}\n";
        String slug = publish(manager, PLAN.formatted(System.nanoTime()).replace("```\n", pool + "```\n"));
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", "2026-10-01")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        as(manager).get("/api/v1/pay/team/pools").then().statusCode(200).body("$", hasSize(1))
                .body("[0].pool", equalTo("Quarter revenue pool")).body("[0].team", equalTo(team.name))
                .body("[0].start", equalTo("2026-10-01")).body("[0].end", equalTo("2026-12-31"))
                .body("[0].standing", equalTo("the team won €0.00 of its €50,000.00 target (0%)"))
                .body("[0].poolShown", equalTo("€0.00"))
                .body("[0].next", equalTo("€25,000.00 more won reaches the 50% tier: a €400.00 pool"));
        wins(rep);
        wins(rep);
        // 25,001.00 of 50,000 is 50.0%: the €400.00 pool now; 24,999.00 more reaches 100%
        as(manager).get("/api/v1/pay/team/pools").then().statusCode(200)
                .body("[0].standing", equalTo("the team won €25,001.00 of its €50,000.00 target (50%)"))
                .body("[0].percent", equalTo(50)).body("[0].poolShown", equalTo("€400.00"))
                .body("[0].next", equalTo("€24,999.00 more won reaches the 100% tier: a €1,000.00 pool"));
        // December's statement pays the quarter's pool: what the page shows is what it pays
        as(rep).get("/api/v1/pay/statements").then().statusCode(200)
                .body("lines.formula", hasItem(org.hamcrest.Matchers.startsWith("For the quarter 2026-10-01 to 2026-12-31: Quarter revenue pool:"
                        + " the team won €25,001.00 of its €50,000.00 target (50%) reaches the 50% tier: a €400.00 pool")));
        PageSession.signedIn(manager).get("/pay/team").then().statusCode(200).body(containsString("id=\"team-pools\""))
                .body(containsString("€24,999.00 more won reaches the 100% tier"));
    }

    @Test
    void aWhatIfAddsActivityToTheKpisThePlansBonusesMeasure() {
        String bonus = "kpi-bonus:\n  - name: Demo bonus\n    amount: 500\n    kpis: [demos-held]\n    steps:\n      - {at: 100, pays: 100}\n";
        String slug = publish(manager, PLAN.formatted(System.nanoTime()).replace("```\n", bonus + "```\n"));
        as(manager).body(Map.of("plan", slug, "person", rep.id, "startsOn", "2026-12-01")).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        java.time.LocalDate today = java.time.LocalDate.parse("2026-12-10");
        dev.goose.testing.TestKpis.target(rep, "demos-held", dev.goose.kpi.PeriodKind.MONTH, today, "8");
        dev.goose.testing.TestKpis.measure(rep, "demos-held", today.minusDays(2), "5");
        // 5 of 8 demos pays nothing; 3 more reach 100% of the target, the bonus's one step: €500.00
        as(rep).body(Map.of("amounts", java.util.List.of(), "activity", Map.of("demos-held", "3"))).post("/api/v1/pay/what-if").then()
                .statusCode(200).body("statement.totalShown", equalTo("€3,500.00")).body("nowShown", equalTo("€3,000.00"))
                .body("differenceShown", equalTo("€500.00"));
        as(rep).body(Map.of("amounts", java.util.List.of("1000"), "activity", Map.of("demos-held", "2"))).post("/api/v1/pay/what-if").then()
                .statusCode(200).body("differenceShown", equalTo("€80.00"));
        as(rep).body(Map.of("activity", Map.of("calls", "3", "demos-held", "lots"))).post("/api/v1/pay/what-if").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("activity.calls", "activity.demos-held"))
                .body("errors.find { it.field == 'activity.calls' }.message", equalTo("Your plan pays no bonus on 'calls'; it measures demos-held."));
        as(rep).get("/api/v1/pay/statements").then().body("totalShown", equalTo("€3,000.00"));
        PageSession session = PageSession.signedIn(rep);
        session.get("/pay/what-if").then().statusCode(200).body(containsString("name=\"more.demos-held\""))
                .body(containsString("(5 of 8 this month)"));
        session.get("/pay/what-if?more.demos-held=3").then().statusCode(200).body(containsString("id=\"what-if-total\">€3,500.00"));
    }
}

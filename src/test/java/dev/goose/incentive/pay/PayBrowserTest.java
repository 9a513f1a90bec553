package dev.goose.incentive.pay;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.Browser;
import dev.goose.testing.TestClock;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestPay;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A manager assigns a published plan to the team; the rep accepts it by signing and reads what their won
 * deal paid. A rep disputes a line, the manager resolves it with an adjustment and approves, and the
 * admin closes the period and exports payroll.
 */
@QuarkusTest
@Tag("browser")
class PayBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    @AfterEach
    void noBooksLeft() {
        TestPay.emptyBooks();
    }

    /** A browser at 1366 px, signed in as the person, on their home page. */
    Browser signedIn(Person person) {
        Browser browser = Browser.open(base.toString());
        try {
            browser.resizeTo(1366, 900);
            browser.visit("/login").type("#email", person.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    @Test
    void aManagerSeesThePlansPayoutCurveWhileTypingAndOnThePublishedPage() {
        Person manager = aManager().create();
        String title = "Curve plan " + System.nanoTime() % 100000;
        try (Browser browser = signedIn(manager)) {
            browser.visit("/playbooks").click("#new-playbook");
            browser.type("#markdown", PayApiTest.PLAN.replace("# Rep pay %s", "# " + title));
            // 240,000.00 at 150%: 360,000.00 re-rated at 12%
            assertThat(browser.waitForText("Commission for the year by attainment of quota")).contains("€43,200.00");
            assertThat(browser.find("figure.payout svg.payout-curve").getAttribute("aria-label"))
                    .isEqualTo("Commission for the year by attainment of quota");
            assertThat(browser.find("figure.payout svg.payout-curve").getAttribute("textContent"))
                    .contains("100% pays €28,800.00, 125% pays €36,000.00, 150% pays €43,200.00.");
            browser.scrollTo("figure.payout").screenshot("68-plan-curve-in-preview");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
            browser.click("#create-playbook");
            browser.waitForText("Created.");
            browser.type("#note", "The plan").click("#publish");
            assertThat(browser.waitForText("Published.")).contains(title);
            assertThat(browser.find("figure.payout svg.payout-curve").getSize().getWidth()).isGreaterThan(300);
            assertThat(browser.find("figure.payout").getText()).contains("100%").contains("€28,800.00").contains("150%");
            browser.scrollTo("figure.payout").screenshot("69-plan-curve-published");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }
    }

    @Test
    void aManagerFollowsTheTeamPoolOnTeamPayWhileItsQuarterRuns() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().named("Pia Pool " + System.nanoTime() % 100000).onTeam(team).create();
        String pool = "team-pool:\n  - name: Quarter revenue pool\n    measure: revenue\n    period: quarter\n    target: 50000\n"
                + "    tiers:\n      - {at: 50, pool: 400}\n      - {at: 100, pool: 1000}\n";
        String slug = PayApiTest.publish(manager, PayApiTest.PLAN.formatted(System.nanoTime()).replace("```\n", pool + "```\n"));
        LocalDate today = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC);
        LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", quarter.toString())).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        int deal = TestDeals.create(rep, TestDeals.deal("Pool deal"));
        as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);

        try (Browser browser = signedIn(manager)) {
            browser.click("nav a[href='/pay/team']");
            String pools = browser.waitForText("Team pools");
            assertThat(pools).contains("Quarter revenue pool");
            assertThat(browser.find("#team-pools").getText()).contains(team.name)
                    .contains("the team won €12,500.50 of its €50,000.00 target (25%)")
                    .contains("€12,499.50 more won reaches the 50% tier: a €400.00 pool");
            browser.scrollTo("#team-pools").screenshot("70-team-pool-progress");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }
    }

    @Test
    void aRepAsksWhatMoreDemosWouldPayThisMonth() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().named("Wes Whatif " + System.nanoTime() % 100000).onTeam(team).create();
        String bonus = "kpi-bonus:\n  - name: Demo bonus\n    amount: 500\n    kpis: [demos-held]\n    steps:\n      - {at: 100, pays: 100}\n";
        String slug = PayApiTest.publish(manager, PayApiTest.PLAN.formatted(System.nanoTime()).replace("```\n", bonus + "```\n"));
        LocalDate today = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC);
        as(manager).body(Map.of("plan", slug, "person", rep.id, "startsOn", today.withDayOfMonth(1).toString()))
                .post("/api/v1/pay/assignments").then().statusCode(201);
        dev.goose.testing.TestKpis.target(rep, "demos-held", dev.goose.kpi.PeriodKind.MONTH, today, "8");
        dev.goose.testing.TestKpis.measure(rep, "demos-held", today, "5");

        try (Browser browser = signedIn(rep)) {
            browser.visit("/pay/what-if");
            assertThat(browser.waitForText("And more activity today")).contains("Demos held (5 of 8 this month)");
            browser.type("#more-demos-held", "3").click("#compute");
            browser.waitForText("would pay");
            assertThat(browser.find("#what-if-difference").getText()).isEqualTo("€500.00");
            assertThat(browser.find("#what-if-lines").getText()).contains("Demo bonus");
            browser.screenshot("71-what-if-activity");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }
    }

    @Test
    void aRepReadsTheSpiffOnThePlanAndSeesEachDemoTheyLogPayOnMyPay() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().named("Sol Spiff " + System.nanoTime() % 100000).onTeam(team).create();
        LocalDate today = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC);
        LocalDate first = today.withDayOfMonth(1);
        String spiff = "spiff:\n  - name: Demo sprint\n    from: " + first + "\n    to: " + first.plusMonths(1).minusDays(1)
                + "\n    each: kpi\n    kpi: demos-held\n    amount: 40\n    per-person: 200\n";
        String title = "Spiff plan " + System.nanoTime();
        String slug = PayApiTest.publish(manager, PayApiTest.PLAN.replace("Rep pay %s", title).replace("```\n", spiff + "```\n"));
        as(manager).body(Map.of("plan", slug, "team", team.id, "startsOn", first.toString())).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        as(rep).body(Map.of("kpi", "demos-held", "value", 2)).post("/api/v1/measurements/log").then().statusCode(201);

        try (Browser browser = signedIn(rep)) {
            browser.visit("/playbooks/" + slug);
            assertThat(browser.waitForText("Demo sprint")).contains("A SPIFF of €40.00 for each unit of demos-held recorded")
                    .contains("at most €200.00 a person");
            browser.click("nav a[href='/pay']");
            browser.waitForText("Accept your plan");
            assertThat(browser.find("#lines").getText()).contains("Demo sprint (SPIFF, €40.00 for each demos-held from " + first)
                    .contains("2 on " + today + " at €40.00 each").contains("€80.00");
            assertThat(browser.find("#total").getText()).isEqualTo("€3,080.00");
            browser.scrollTo("#lines").screenshot("72-spiff-on-my-pay");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }
    }

    @Test
    void aManagerAssignsThePlanAndTheRepSignsItAndFollowsTheirPay() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().named("Sam Ledger " + System.nanoTime() % 100000).onTeam(team).create();
        long n = System.nanoTime();
        PayApiTest.publish(manager, PayApiTest.PLAN.formatted(n));
        int deal = TestDeals.create(rep, TestDeals.deal("Acme renewal"));
        as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);
        int open = TestDeals.create(rep, TestDeals.deal("Initech expansion"));
        String firstOfMonth = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC).withDayOfMonth(1).toString();

        try (Browser browser = signedIn(manager)) {
            browser.click("nav a[href='/pay/team']");
            browser.waitForText("Assign a plan");
            browser.choose("#plan", "Rep pay " + n + " (version 1)");
            browser.choose("#subject", "Team " + team.name);
            browser.setValue("#startsOn", firstOfMonth);
            browser.click("#assign");
            assertThat(browser.waitForText("Assigned:")).contains("Team " + team.name).contains(firstOfMonth);
            assertThat(browser.find("#pay-" + rep.id).getText()).contains("version 1").contains("not yet")
                    .contains("€1,000.04 of €2,400.00 (42%)").contains("€4,000.04");
            browser.screenshot("60-team-pay");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);

            browser.click("#model-plan");
            browser.choose("#from", "Rep pay " + n + " (version 1)").click("#load-plan");
            browser.waitForText("Model a plan");
            String block = browser.find("#plan").getAttribute("value");
            assertThat(block).contains("rate: 8");
            browser.setValue("#plan", block.replace("rate: 8}", "rate: 10}").replace("rate: 12", "rate: 15"));
            browser.type("#period", firstOfMonth.substring(0, 7)).click("#model");
            browser.waitForText("The model would pay");
            // 12,500.50 at 10% instead of 8%: 1,250.05 instead of 1,000.04
            assertThat(browser.find("#model-" + rep.id).getText()).contains("€4,000.04").contains("€4,250.05").contains("€250.01");
            browser.setValue("#plan", block.replace("rate: 8}", "rate: -8}"));
            browser.click("#model");
            assertThat(browser.waitForText("cannot be negative")).contains("Line 8: A tier's rate cannot be negative (it is -8).");
            browser.screenshot("66-model-a-plan");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }

        try (Browser browser = signedIn(rep)) {
            browser.click("nav a[href='/pay']");
            browser.waitForText("Accept your plan");
            browser.type("#signed-name", "Not Me").click("#accept-plan");
            assertThat(browser.waitForText("Type your name as Goose knows it")).contains(rep.name);
            browser.type("#signed-name", rep.name).click("#accept-plan");
            assertThat(browser.waitForText("Accepted: your signature")).contains("You accepted it as " + rep.name);
            assertThat(browser.find("#total").getText()).isEqualTo("€4,000.04");
            assertThat(browser.find("#lines").getText()).contains("Acme renewal, won on").contains("at 8%").contains("€1,000.04");
            assertThat(browser.find("#accepted-state").getText()).startsWith("Every plan version");
            // 12,500.50 of a 240,000.00 quota is 5.2%; 227,499.50 more reaches the retroactive 12% band
            assertThat(browser.find("#attainment").getText()).isEqualTo("5.2%");
            assertThat(browser.find("#whats-next").getText()).isEqualTo("€227,499.50 more won this year moves you into the above 100% "
                    + "band at 12%, which re-rates all you won so far");
            assertThat(browser.find("svg.payout-curve desc").getAttribute("textContent")).contains("You are at 5.2%, earning €1,000.04.");
            assertThat(browser.find("#deal-pay").getText()).contains("Initech expansion").contains("€1,000.04");
            browser.screenshot("61-my-pay");
            browser.scrollTo("#outlook").screenshot("61-my-pay-where-you-stand");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
            browser.click("#lines a");
            assertThat(browser.waitForText("Acme renewal")).isNotEmpty();
            assertThat(browser.path()).isEqualTo("/deals/" + deal);
            browser.visit("/deals/" + open);
            assertThat(browser.waitForText("Closing it today")).contains("Closing it today at its amount adds €1,000.04 to your pay this period");

            browser.visit("/");
            assertThat(browser.find("#pay-home-earned").getText()).isEqualTo("€4,000.04");
            assertThat(browser.find("#pay-home-next").getText()).startsWith("€227,499.50 more won this year");
            browser.visit("/pay").click("#what-if");
            browser.type("#amount-1", "a lot").click("#compute");
            assertThat(browser.waitForText("Write an amount")).contains("Write an amount such as 25000 or 12500.50.");
            // 227,499.50 more at 8% is 18,199.96; reaching 100% re-rates 240,000.00 at 12%: 28,800.00 less 19,200.00, 9,600.00
            browser.type("#amount-1", "227499.50").click("#compute");
            browser.waitForText("would pay");
            assertThat(browser.find("#what-if-total").getText()).isEqualTo("€31,800.00");
            assertThat(browser.find("#what-if-difference").getText()).isEqualTo("€27,799.96");
            assertThat(browser.find("#what-if-lines").getText()).contains("Reaching 100% re-rates");
            browser.screenshot("65-what-if");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }
    }

    @Test
    void theRepDisputesALineTheManagerResolvesItAndApprovesAndTheAdminClosesThePeriodAndExportsPayroll() {
        Person manager = aManager().create();
        Person admin = anAdmin().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().named("Kim Dispute " + System.nanoTime() % 100000).onTeam(team).create();
        String plan = PayApiTest.publish(manager, PayApiTest.PLAN.formatted(System.nanoTime()));
        LocalDate first = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC).withDayOfMonth(1);
        as(manager).body(Map.of("plan", plan, "team", team.id, "startsOn", first.toString())).post("/api/v1/pay/assignments").then()
                .statusCode(201);
        int deal = TestDeals.create(rep, TestDeals.deal("Globex"));
        as(rep).body(Map.of("won", true)).post("/api/v1/deals/" + deal + "/close").then().statusCode(200);

        try (Browser browser = signedIn(rep)) {
            browser.visit("/pay");
            assertThat(browser.find("#review-state").getText()).startsWith("Waiting for approval");
            browser.click("#line-2 summary");
            browser.type("#comment-2", "Globex was signed at 14,000; the amount on the deal is old.").click("#dispute-2");
            assertThat(browser.waitForText("Disputed:")).contains("Globex was signed at 14,000");
            browser.scrollTo("#lines").screenshot("62-my-pay-disputed");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }

        try (Browser browser = signedIn(manager)) {
            browser.visit("/pay/team");
            assertThat(browser.find("#pay-" + rep.id).getText()).contains("waiting").contains("1 disputed");
            browser.click("#open-disputes a");
            browser.waitForText("Globex was signed at 14,000");
            assertThat(browser.find("#approve-form").isDisplayed()).isTrue();
            browser.click("#approve");
            assertThat(browser.waitForText("cannot be approved")).contains("1 dispute is still open");
            String dispute = browser.find(".dispute-thread").getAttribute("id").substring("dispute-".length());
            // 1,499.50 more credited at 8% is 119.96
            browser.type("#amount-" + dispute, "119.96").type("#reason-" + dispute, "Credited at the signed 14,000.00")
                    .click("#resolve-button-" + dispute);
            assertThat(browser.waitForText("Resolved:")).contains("Resolved with an adjustment of €119.96");
            assertThat(browser.find("#total").getText()).isEqualTo("€4,120.00");
            browser.click("#approve");
            assertThat(browser.waitForText("Approved:")).contains("Approved by " + manager.name);
            browser.scrollTo("#lines").screenshot("63-statement-approved");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }

        try (Browser browser = signedIn(admin)) {
            browser.visit("/pay");
            browser.click("#pay-periods");
            browser.waitForText("Periods close in order");
            browser.click("#close-" + first);
            assertThat(browser.waitForText("Closed:")).contains("Closed by " + admin.name);
            assertThat(browser.find("#payroll-" + first).getAttribute("href")).endsWith("/pay/periods/month/" + first + "/payroll.csv");
            browser.screenshot("64-pay-periods");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }
        String payroll = as(admin).get("/api/v1/pay/periods/month/" + first + "/payroll.csv").then().statusCode(200).extract().asString();
        assertThat(payroll).contains(rep.name + "," + rep.email + ",").contains(",EUR,3000.00,1000.04,119.96,4120.00");
    }

    @Test
    void aManagerSplitsADealsCreditOnTheDealPageAndTheOwnerReadsTheSplit() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person owner = aRep().named("Olga Owner " + System.nanoTime() % 100000).onTeam(team).create();
        Person helper = aRep().named("Hugo Helper " + System.nanoTime() % 100000).onTeam(team).create();
        int deal = TestDeals.create(owner, TestDeals.deal("Globex rollout"));

        try (Browser browser = signedIn(manager)) {
            browser.visit("/deals/" + deal);
            browser.waitForText("The owner is credited in full.");
            browser.click("#deal-credits summary");
            browser.choose("#credit-person-1", helper.name);
            browser.setValue("#credit-percent-0", "70");
            browser.setValue("#credit-percent-1", "20");
            browser.click("#save-credits");
            browser.waitForText("The shares add up to 90%; they must add up to 100%.");
            browser.setValue("#credit-percent-1", "30");
            browser.click("#save-credits");
            browser.waitForText("Saved: pay credits each person their share");
            assertThat(browser.find("#credit-shares").getText()).contains(owner.name + " 70%").contains(helper.name + " 30%");
            browser.scrollTo("#deal-credits");
            browser.screenshot("67-deal-credit-split");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
        }
        try (Browser browser = signedIn(owner)) {
            browser.visit("/deals/" + deal);
            browser.waitForText(helper.name + " 30%");
            assertThat(browser.pageText()).doesNotContain("Split the credit");
        }
    }
}

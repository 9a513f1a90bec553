package dev.goose.incentive;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A manager writes a plan in a playbook: the preview and the published page show its tables and its payout curve, and a wrong
 * block is refused at its line.
 */
@QuarkusTest
class PlanInPlaybookTest {

    static final String PLAN = """
            # Pay plan %s

            ```plan
            name: Starter plan
            currency: EUR
            effective: 2027-01-01
            base: 3000
            commission:
              quota: 240000
              tiers:
                - {from: 0, to: 100, rate: 8}
                - {from: 100, rate: 12, retroactive: true}
            ```
            """;

    @Test
    void thePreviewShowsThePlanAsTablesWhileTheManagerTypes() {
        Person manager = aManager().create();
        as(manager).body(Map.of("markdown", PLAN.formatted("preview"))).post("/api/v1/playbooks/preview").then().statusCode(200)
                .body("errors", hasSize(0))
                .body("html", containsString("<strong>Starter plan</strong>: paid each month in EUR, from 2027-01-01."))
                .body("html", containsString("<td>above 100%</td>"))
                .body("html", containsString("all the value credited so far, once reached"))
                .body("html", containsString("<td align=\"right\">75%</td><td align=\"right\">€14,400.00</td></tr>"
                        + "<tr><td align=\"right\">100%</td><td align=\"right\">€28,800.00</td>"))
                .body("html", containsString("<svg class=\"chart payout-curve\" role=\"img\" viewBox=\"0 0 560 230\" width=\"100%\""
                        + " aria-label=\"Commission for the year by attainment of quota\">"))
                .body("html", containsString("75% pays €14,400.00, 100% pays €28,800.00, 125% pays €36,000.00, 150% pays €43,200.00."))
                .body("html", containsString("<text class=\"legend\" x=\"367\" y=\"210\" text-anchor=\"middle\">100%</text>"
                        + "<text class=\"value\" x=\"367\" y=\"73\" text-anchor=\"middle\">€28,800.00</text>"))
                .body("html", containsString("<figcaption>Commission for the year by attainment of quota, from 0% to 150%.</figcaption>"))
                .body("html", not(containsString("here-label")))
                .body("html", not(containsString("quota: 240000")));
    }

    @Test
    void aWrongBlockIsShownInThePreviewAndRefusedAtPublishAtItsLine() {
        Person manager = aManager().create();
        String wrong = PLAN.formatted("wrong").replace("{from: 100, rate: 12", "{from: 90, rate: 12");
        as(manager).body(Map.of("markdown", wrong)).post("/api/v1/playbooks/preview").then().statusCode(200)
                .body("errors", hasSize(1)).body("errors[0].line", equalTo(12))
                .body("errors[0].message", equalTo("Tiers follow each other: this one starts at 90%, but the one before ends at 100%, so they overlap."));
        as(manager).body(Map.of("markdown", wrong)).post("/api/v1/playbooks").then().statusCode(400)
                .body("errors[0].field", equalTo("markdown")).body("errors[0].message", containsString("line 12"));
    }

    @Test
    void aBonusOnAKpiGooseDoesNotDefineIsRefusedAtItsLine() {
        Person manager = aManager().create();
        String bonus = PLAN.formatted("kpi " + System.nanoTime()).replace("```\n", """
                kpi-bonus:
                  - name: Demo bonus
                    amount: 300
                    kpis: [demos-helt]
                    steps:
                      - {at: 100, pays: 100}
                ```
                """);
        as(manager).body(Map.of("markdown", bonus)).post("/api/v1/playbooks/preview").then().statusCode(200)
                .body("errors", hasSize(1)).body("errors[0].line", equalTo(16))
                .body("errors[0].message", containsString("'demos-helt' is not a KPI defined in Goose"))
                .body("errors[0].message", containsString("demos-held"));
        as(manager).body(Map.of("markdown", bonus)).post("/api/v1/playbooks").then().statusCode(400)
                .body("errors[0].message", containsString("line 16"));
        as(manager).body(Map.of("markdown", bonus.replace("demos-helt", "demos-held"))).post("/api/v1/playbooks/preview").then()
                .statusCode(200).body("errors", hasSize(0));
    }

    @Test
    void aPublishedVersionShowsThePlanOnItsPage() {
        Person manager = aManager().create();
        String markdown = PLAN.formatted(System.nanoTime());
        String slug = as(manager).body(Map.of("markdown", markdown)).post("/api/v1/playbooks").then().statusCode(201).extract().path("slug");
        as(manager).body(Map.of("markdown", markdown, "baseVersion", 0, "note", "the plan"))
                .post("/api/v1/playbooks/" + slug + "/versions").then().statusCode(201);
        as(manager).get("/api/v1/playbooks/" + slug).then().statusCode(200)
                .body("version.html", containsString("<th>Commission tier</th>"))
                .body("version.html", containsString("€36,000.00 a year"))
                .body("version.html", containsString("<figure class=\"payout\"><svg class=\"chart payout-curve\""));
    }
}

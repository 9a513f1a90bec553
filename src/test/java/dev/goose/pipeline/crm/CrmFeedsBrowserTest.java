package dev.goose.pipeline.crm;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestHubSpot.batch;
import static dev.goose.testing.TestHubSpot.change;
import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import dev.goose.testing.TestCrmFeeds.Source;
import dev.goose.testing.TestCrmFeeds;
import dev.goose.testing.TestHubSpot;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class CrmFeedsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAdminSeesTheSkippedEventsWithoutScrollingSidewaysAndReplaysThemOnceTheStageIsMapped() {
        Person admin = anAdmin().create();
        Source source = TestCrmFeeds.source(admin, aRep().create());
        long now = System.currentTimeMillis() - 60_000;
        long deal = TestHubSpot.dealId();
        TestHubSpot.send(source, batch(change(deal, now, "dealname", "Acme renewal"),
                change(deal, now + 1, "dealstage", "contractsent"), change(deal + 1, now + 2, "amount", "1200.505"),
                change(deal + 2, now + 3, "dealstage", "presentationscheduled"))).then().statusCode(200);
        try (Browser browser = Browser.open(base.toString())) {
            browser.resizeTo(1366, 900);
            browser.visit("/login").type("#email", admin.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.visit("/admin/crm#source-" + source.name());
            assertThat(browser.waitForText("3 skipped events")).contains("contractsent", "at most 2 decimals");
            browser.screenshot("50-crm-feeds-skipped");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(1366);
            as(admin).body(List.of(Map.of("externalStage", "contractsent", "stage", "proposal"),
                    Map.of("externalStage", "presentationscheduled", "stage", "demo")))
                    .put("/api/v1/crm-sources/" + source.name() + "/mappings").then().statusCode(200);
            browser.click("#replay-" + source.name());
            assertThat(browser.waitForText("still skipped")).contains("2 applied", "1 still skipped");
            browser.screenshot("51-crm-feeds-replayed");
        }
        as(admin).get("/api/v1/crm-sources/" + source.name() + "/skipped").then().body("$", hasSize(1));
    }
}

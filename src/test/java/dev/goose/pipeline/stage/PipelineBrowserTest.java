package dev.goose.pipeline.stage;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPipelines.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class PipelineBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aManagerMovesAStageDownWithTheArrowsAndAddsOneBeforeTheClosingStages() {
        Person manager = aManager().create();
        String key = aPipeline().withOpenStage("intro", 10).withOpenStage("demo", 30).create(manager);
        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/login").type("#email", manager.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.visit("/pipelines/" + key);
            browser.click("button[aria-label='Move row 1 down']");
            browser.waitForAttribute("[data-stage-row]:first-child input[name='stageKey']", "value", "demo");
            browser.type("input[aria-label='Name of row 3']", "Pilot").type("input[aria-label='Win probability of row 3']", "60");
            browser.screenshot("40-pipeline-reordered");
            browser.click("#save-pipeline");
            assertThat(browser.waitForText("Saved.")).contains("pilot");
            browser.visit("/pipelines");
            browser.screenshot("41-pipelines");
        }
        as(manager).get("/api/v1/pipelines/" + key).then()
                .body("stages.key", equalTo(List.of("demo", "intro", "pilot", "won", "lost")));
    }
}

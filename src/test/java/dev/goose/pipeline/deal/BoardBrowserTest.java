package dev.goose.pipeline.deal;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.TestPipelines;
import dev.goose.testing.Browser;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestPipelines;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class BoardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aDealDraggedToAnotherStagesColumnMovesThere() {
        Person rep = aRep().create();
        int id = TestDeals.create(rep, TestDeals.deal("Dragged"));
        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/login").type("#email", rep.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.visit("/deals");
            browser.dragTo("[data-deal=\"" + id + "\"]", ".column[data-stage=\"demo\"]");
            assertThat(browser.waitForText("Demo: script and exit checklist")).contains("Dragged");
            browser.screenshot("33-board-after-drag");
        }
    }

    @Test
    void theBoardShowsTheChosenPipelineAndADealMovesWithinIt() {
        Person rep = aRep().create();
        String key = TestPipelines.aPipeline().withOpenStage("intro", 10).withOpenStage("pilot", 50)
                .create(dev.goose.testing.TestPeople.aManager().create());
        int id = TestDeals.create(rep, TestDeals.inPipeline(key, "Piloted"));
        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/login").type("#email", rep.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.visit("/deals");
            browser.choose("#pipeline-select", "Pipeline " + key).click("#show-pipeline");
            assertThat(browser.waitForText("Stage pilot")).contains("Piloted").doesNotContain("Discovery");
            browser.screenshot("34-board-second-pipeline");
            browser.dragTo("[data-deal=\"" + id + "\"]", ".column[data-stage=\"pilot\"]");
            assertThat(browser.waitForText("Stage pilot: script and exit checklist")).contains("Piloted");
        }
    }
}

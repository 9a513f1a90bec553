package dev.goose.kpi.measure;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import dev.goose.testing.TestDeals;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class LogActivityBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aRepLogsACallOnADealInPlaceAndUndoesIt() {
        Person rep = aRep().create();
        int deal = TestDeals.create(rep, TestDeals.deal("Browser plus one"));
        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/login").type("#email", rep.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.visit("/deals/" + deal);
            browser.type(".log-note", "Booked the demo").click("#log-meetings-booked");
            browser.waitForText("Logged 1 meeting booked");
            assertThat(browser.path()).isEqualTo("/deals/" + deal);
            browser.screenshot("60-deal-logged");
            as(rep).get("/api/v1/measurements").then().body("items[0].kpi", equalTo("meetings-booked"))
                    .body("items[0].deal", equalTo(deal)).body("items[0].note", equalTo("Booked the demo"));
            browser.click(".undo-form button");
            browser.waitForText("Undone: that meeting booked no longer counts.");
            as(rep).get("/api/v1/measurements").then().body("items[0].value", equalTo(0));
            browser.click("#log-calls");
            browser.waitForText("Logged 1 call");
        }
    }
}

package dev.goose.pipeline.deal;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CallModeTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void callModeShowsTheStagesScriptAndChecklistAndOpensAnyScriptInPlace() {
        Person rep = aRep().create();
        int id = TestDeals.create(rep, TestDeals.deal("Call deal"));
        PageSession session = PageSession.signedIn(rep);
        session.get("/deals/" + id + "/call").then().statusCode(200)
                .body(containsString("id=\"call-search\""))
                .body(containsString("<h2 id=\"prospecting\">Prospecting</h2>"))
                .body(containsString("name=\"view\" value=\"checklist\""));
        session.request().header("HX-Request", "true").get("/playbooks/search?mode=call&q=expensive").then().statusCode(200)
                .body(containsString("hx-get=\"/playbooks/sales/objection-handling/sections/price\""));
        session.get("/playbooks/sales/objection-handling/sections/price").then().statusCode(200)
                .body(containsString("id=\"price\"")).body(containsString("script-pane"));
        session.get("/playbooks/sales/objection-handling/sections/nowhere").then().statusCode(404);
    }

    @Test
    @Tag("browser")
    void aRepFindsTheObjectionHandlingSectionFromCallModeByKeyboardAlone() {
        Person rep = aRep().create();
        int id = TestDeals.create(rep, TestDeals.deal("Keyboard deal"));
        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/login").type("#email", rep.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.visit("/deals/" + id + "/call");
            browser.find("body").sendKeys(Keys.ESCAPE);
            browser.find("#script").sendKeys("/");
            browser.find("#call-search").sendKeys("expensive");
            browser.find("#call-hits");
            browser.find("#call-search").sendKeys(Keys.ENTER);
            assertThat(browser.waitForText("It's too expensive")).contains("Exit checklist");
            assertThat(browser.find("#script-section").getAttribute("data-section")).isEqualTo("sales/objection-handling#price");
            browser.screenshot("32-call-mode");
        }
    }
}

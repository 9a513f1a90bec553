package dev.goose.web;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("browser")
class AdminBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAdminSignsInCreatesATeamAndAPersonAndSignsOut() {
        Person admin = anAdmin().named("Alma Admin " + System.nanoTime() % 10000).create();
        Person manager = aManager().create();
        String team = "Browser team " + System.nanoTime() % 100000;
        String email = "bea." + System.nanoTime() + "@example.com";

        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/people");
            assertThat(browser.path()).startsWith("/login?next=%2Fpeople");
            browser.type("#email", admin.email).type("#password", PASSWORD);
            browser.screenshot("01-sign-in");
            browser.click("#sign-in");
            browser.waitForText("People");
            assertThat(browser.path()).isEqualTo("/people");

            browser.visit("/teams").click("#add-team");
            browser.type("#name", team).choose("#managerId", manager.name).click("#save-team");
            String teamPage = browser.waitForText("Created.");
            assertThat(teamPage).contains(team).contains(manager.name);

            browser.visit("/people").click("#add-person");
            browser.type("#name", "Bea Browser").type("#email", email).choose("#role", "Rep")
                    .choose("#teamId", team).type("#password", "bea's first password");
            browser.screenshot("02-add-person");
            browser.click("#save-person");
            String personPage = browser.waitForText("Created.");
            assertThat(personPage).contains("Bea Browser").contains(email).contains(team).contains(manager.name);
            browser.screenshot("03-person");

            browser.click("#sign-out");
            assertThat(browser.waitForText("You are signed out.")).contains("Sign in to Goose");
            browser.visit("/people");
            assertThat(browser.path()).startsWith("/login");
        }
    }

    @Test
    void aWrongPasswordShowsWhyOnTheSignInPage() {
        Person admin = anAdmin().create();
        try (Browser browser = Browser.open(base.toString())) {
            browser.visit("/login").type("#email", admin.email).type("#password", "not my password").click("#sign-in");
            assertThat(browser.find("#sign-in-error").getText()).contains("not right");
        }
    }

    @Test
    void thePagesFitAPhoneScreen() {
        Person admin = anAdmin().create();
        try (Browser browser = Browser.open(base.toString())) {
            browser.resizeTo(390, 844);
            browser.visit("/login").type("#email", admin.email).type("#password", PASSWORD).click("#sign-in");
            browser.waitForText("Hello");
            browser.visit("/people");
            browser.screenshot("04-people-on-a-phone");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(390);
        }
    }
}

package dev.goose.web;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import io.quarkus.test.junit.QuarkusTest;

/** Inputs that once gave a 500 on PostgreSQL or were stored wrong on H2 are a 400 naming the field. */
@QuarkusTest
class StrictInputTest {

    private static final String NUL = "\u0000";

    @Test
    void aNulInADealNameIsRefusedNamingTheFieldAndNothingIsStored() {
        Person rep = aRep().create();
        Map<String, Object> deal = TestDeals.deal("Pilot" + NUL + "x");
        as(rep).body(deal).post("/api/v1/deals").then().statusCode(400)
                .body("field", equalTo("name")).body("detail", containsString("U+0000"));
        as(rep).get("/api/v1/deals").then().statusCode(200).body("findAll { it.account == '" + deal.get("account") + "' }", empty());
    }

    @Test
    void aNulInAPersonOrTeamNameIsRefusedNamingTheField() {
        Person admin = anAdmin().create();
        as(admin).body(Map.of("name", "Ni" + NUL + "na", "email", "nul" + System.nanoTime() + "@goose.test", "role", "rep"))
                .post("/api/v1/people").then().statusCode(400).body("field", equalTo("name"));
        as(admin).body(Map.of("name", "Team" + NUL)).post("/api/v1/teams").then().statusCode(400).body("field", equalTo("name"));
    }

    @Test
    void otherControlCharactersAreRefusedButTabsAndNewlinesAreText() {
        Person rep = aRep().create();
        Map<String, Object> bell = TestDeals.deal("Bell\u0007");
        as(rep).body(bell).post("/api/v1/deals").then().statusCode(400).body("field", equalTo("name"));
        Map<String, Object> notes = TestDeals.deal("Tabs and lines");
        notes.put("nextStep", "Call\tback\r\nthen send the proposal");
        TestDeals.create(rep, notes);
    }

    @Test
    void aNulInASearchIsRefusedNamingTheParameter() {
        as(aRep().create()).urlEncodingEnabled(false).get("/api/v1/playbooks/search?q=a%00b")
                .then().statusCode(400).body("field", equalTo("q"));
    }

    @Test
    void aNulInAPageFormIsAnErrorPageNamingTheField() {
        PageSession browser = PageSession.signedIn(aRep().create());
        browser.postForm("/deals", "name", "Form" + NUL + "deal", "account", "Acme", "amount", "100", "currency", "EUR")
                .then().statusCode(400).body(containsString("The field &#39;name&#39;"));
    }

    @Test
    void aDateBeyondTheYear9999IsRefusedNamingTheField() {
        Person rep = aRep().create();
        Map<String, Object> deal = TestDeals.deal("Far future");
        deal.put("expectedClose", "+999999999-12-31");
        as(rep).body(deal).post("/api/v1/deals").then().statusCode(400)
                .body("field", equalTo("expectedClose")).body("detail", containsString("1900 and 9999"));
        deal.put("expectedClose", "1899-12-31");
        as(rep).body(deal).post("/api/v1/deals").then().statusCode(400).body("field", equalTo("expectedClose"));
        deal.put("expectedClose", "9999-12-31");
        TestDeals.create(rep, deal);
    }

    @Test
    void aDateOutOfRangeInAFormOrAQueryIsRefusedNamingTheField() {
        Person rep = aRep().create();
        PageSession.signedIn(rep).postForm("/deals", "name", "Form deal", "account", "Acme", "amount", "100",
                "currency", "EUR", "expectedClose", "+999999999-12-31").then().statusCode(400)
                .body(containsString("1900 and 9999"));
        as(rep).urlEncodingEnabled(false).get("/api/v1/kpi-attainment?date=%2B999999999-12-31")
                .then().statusCode(400).body("field", equalTo("date"));
        as(rep).get("/api/v1/measurements?from=0001-01-01").then().statusCode(400).body("field", equalTo("from"));
        Person manager = aManager().create();
        as(manager).queryParam("team", 1).queryParam("kind", "month").queryParam("period", "+999999999-12-31")
                .get("/api/v1/kpi-targets/grid").then().statusCode(400).body("errors.field", hasItem("period"));
    }

    @Test
    void aFractionOrATextIsNotAnId() {
        Person rep = aRep().create();
        Map<String, Object> deal = TestDeals.deal("Fraction");
        deal.put("ownerId", 4.5);
        as(rep).body(deal).post("/api/v1/deals").then().statusCode(400).body("field", equalTo("ownerId"));
        deal.put("ownerId", String.valueOf(rep.id));
        as(rep).body(deal).post("/api/v1/deals").then().statusCode(400).body("field", equalTo("ownerId"));
        deal.put("ownerId", rep.id);
        TestDeals.create(rep, deal);
    }

    @Test
    void aPageFarPastTheEndIsEmptyAndPagesCountFromOne() {
        Person rep = aRep().create();
        as(rep).get("/api/v1/measurements?page=2147483647").then().statusCode(200)
                .body("items", empty()).body("page", equalTo(2147483647));
        as(rep).get("/api/v1/measurements?page=2147483647&limit=500").then().statusCode(200).body("items", empty());
        as(rep).get("/api/v1/measurements?page=0").then().statusCode(400).body("field", equalTo("page"));
        as(rep).get("/api/v1/measurements?page=-2147483648").then().statusCode(400).body("field", equalTo("page"));
        PageSession.signedIn(rep).get("/kpis/activity?page=2147483647").then().statusCode(200);
    }
}

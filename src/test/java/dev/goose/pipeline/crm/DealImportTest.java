package dev.goose.pipeline.crm;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.TestDeals;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DealImportTest {

    @Test
    void aDryRunPreviewsAndApplyStoresEveryRowThenUpdatesByExternalId() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String source = "crm" + System.nanoTime();
        String csv = "name,account,amount,currency,stage,owner_email,external_id,source\n"
                + "Imported one,Acme,100.10,usd,discovery," + rep.email + ",A-1," + source + "\n"
                + "Imported two,Globex,0,,prospecting,,A-2," + source + "\n";
        as(manager).contentType("text/csv").body(csv).post("/api/v1/deals/import").then().statusCode(200)
                .body("applied", equalTo(false)).body("created", equalTo(2)).body("errors", hasSize(0));
        as(manager).get("/api/v1/deals").then().body("name", org.hamcrest.Matchers.not(hasItem("Imported one")));
        as(manager).contentType("text/csv").body(csv).post("/api/v1/deals/import?apply=true").then().statusCode(200)
                .body("applied", equalTo(true)).body("created", equalTo(2));
        as(rep).get("/api/v1/deals").then().body("name", hasItem("Imported one"));
        as(manager).contentType("text/csv").body(csv.replace("discovery", "demo")).post("/api/v1/deals/import?apply=true")
                .then().statusCode(200).body("updated", equalTo(2)).body("created", equalTo(0));
        as(rep).get("/api/v1/deals").then().body("find { it.name == 'Imported one' }.stage", equalTo("demo"));
    }

    @Test
    void aMarginColumnSetsTheGrossMarginAndAFileWithoutItKeepsIt() {
        Person rep = aRep().create();
        String source = "crm" + System.nanoTime();
        String csv = "name,account,amount,stage,external_id,source,margin\n"
                + "Margin one,Acme,12500.50,discovery,M-1," + source + ",4200.10\n";
        as(rep).contentType("text/csv").body(csv).post("/api/v1/deals/import?apply=true").then().statusCode(200).body("created", equalTo(1));
        as(rep).get("/api/v1/deals").then().body("find { it.name == 'Margin one' }.margin", equalTo(4200.10f));
        as(rep).get("/api/v1/deals/export").then().statusCode(200).body(containsString(",4200.10"));
        as(rep).contentType("text/csv").body("name,account,amount,stage,external_id,source\nMargin one,Acme,13000,demo,M-1," + source + "\n")
                .post("/api/v1/deals/import?apply=true").then().statusCode(200).body("updated", equalTo(1));
        as(rep).get("/api/v1/deals").then().body("find { it.name == 'Margin one' }.margin", equalTo(4200.10f));
        as(rep).contentType("text/csv").body(csv.replace("4200.10", "12500.51")).post("/api/v1/deals/import?apply=true").then()
                .statusCode(400).body("errors.field", hasItem("row 2, column margin"));
        as(rep).contentType("text/csv").body(csv.replace("4200.10", "")).post("/api/v1/deals/import?apply=true").then().statusCode(200);
        as(rep).get("/api/v1/deals").then().body("find { it.name == 'Margin one' }.margin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void oneBadRowStoresNothingAndEveryProblemSaysWhere() {
        Person rep = aRep().create();
        String csv = "name,account,amount,stage,owner_email\n"
                + "Good row " + System.nanoTime() + ",Acme,1,discovery,\n"
                + "Bad row,Acme,-1,nowhere,nobody@nowhere.example\n";
        as(rep).contentType("text/csv").body(csv).post("/api/v1/deals/import?apply=true").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("row 3, column amount"))
                .body("errors.field", hasItem("row 3, column stage"))
                .body("errors.field", hasItem("row 3, column owner_email"));
        as(rep).get("/api/v1/deals").then().body("$", hasSize(0));
        as(rep).contentType("text/csv").body("nom,compte\nx,y\n").post("/api/v1/deals/import").then().statusCode(200)
                .body("errors[0].row", equalTo(1));
    }

    @Test
    void theExportIsCsvOfTheDealsTheCallerSees() {
        Person rep = aRep().create();
        TestDeals.create(rep, TestDeals.deal("Exported, with a comma"));
        as(rep).get("/api/v1/deals/export").then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("deals.csv"))
                .body(containsString("name,account,amount,currency,stage,owner_email"))
                .body(containsString("\"Exported, with a comma\""));
    }
}

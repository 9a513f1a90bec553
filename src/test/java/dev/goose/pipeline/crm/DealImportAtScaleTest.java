package dev.goose.pipeline.crm;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.pipeline.deal.Deal;
import dev.goose.pipeline.deal.StageChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Imports at the documented limit, and files that are not clean UTF-8 text. */
@QuarkusTest
class DealImportAtScaleTest {

    private static final String HEADER = "name,account,amount,stage,external_id,source\n";

    static String rows(String source, int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= count; i++) {
            csv.append("Deal ").append(i).append(",Account ").append(i % 97).append(',').append(i * 10).append(".50,")
                    .append(i % 2 == 0 ? "discovery" : "prospecting").append(",X-").append(i).append(',').append(source).append('\n');
        }
        return csv.toString();
    }

    private static long stored(String source) {
        return QuarkusTransaction.requiringNew().call(() -> Deal.count("source", source));
    }

    @Test
    void tenThousandRowsAreImportedInOneGoAndImportedAgainAsUpdates() {
        Person rep = aRep().create();
        String source = "bulk" + System.nanoTime();
        String csv = rows(source, DealCsv.MAX_ROWS);
        as(rep).contentType("text/csv").body(csv).post("/api/v1/deals/import?apply=true").then().statusCode(200)
                .body("applied", equalTo(true)).body("created", equalTo(10_000));
        assertThat(stored(source)).isEqualTo(10_000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> StageChange.count("deal.source", source))).isEqualTo(10_000);
        as(rep).contentType("text/csv").body(csv.replace("prospecting", "demo")).post("/api/v1/deals/import?apply=true").then()
                .statusCode(200).body("updated", equalTo(10_000)).body("created", equalTo(0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Deal.count("source = ?1 and stage.key = 'demo'", source)))
                .isEqualTo(5_000);
    }

    @Test
    void oneBadRowNearTheEndOfTenThousandSavesNothingAndSaysWhere() {
        Person rep = aRep().create();
        String source = "bulk" + System.nanoTime();
        String csv = rows(source, DealCsv.MAX_ROWS).replace("Deal 9999,Account 8,99990.50,prospecting",
                "Deal 9999,Account 8,lots,nowhere");
        as(rep).contentType("text/csv").body(csv).post("/api/v1/deals/import?apply=true").then().statusCode(400)
                .body("errors", hasSize(2))
                .body("errors.field", hasItem("row 10000, column amount"))
                .body("errors.field", hasItem("row 10000, column stage"));
        assertThat(stored(source)).isZero();
    }

    @Test
    void oneRowMoreThanTheLimitIsRefusedBeforeAnyRowIsChecked() {
        Person rep = aRep().create();
        String source = "bulk" + System.nanoTime();
        as(rep).contentType("text/csv").body(rows(source, DealCsv.MAX_ROWS + 1)).post("/api/v1/deals/import?apply=true").then()
                .statusCode(400).body("errors", hasSize(1))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("At most 10000 rows"));
        assertThat(stored(source)).isZero();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirRowAndColumn() {
        Person rep = aRep().create();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((HEADER + "Fine,Acme,1,discovery,,\nCaf").getBytes(StandardCharsets.UTF_8));
        body.write(0xE9); // Latin-1 é
        body.writeBytes(" deal,Acme,1,discovery,,\n".getBytes(StandardCharsets.UTF_8));
        as(rep).contentType("text/csv").body(body.toByteArray()).post("/api/v1/deals/import?apply=true").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(java.util.List.of("row 3, column name")));
        as(rep).contentType("text/csv").body(body.toByteArray()).post("/api/v1/deals/import").then().statusCode(400);
        as(rep).get("/api/v1/deals").then().body("$", hasSize(0));
    }

    @Test
    void aNulCharacterInACellIsRefusedWithItsRowAndColumn() {
        Person rep = aRep().create();
        as(rep).contentType("text/csv").body(HEADER + "Fine,Acme,1,discovery,,\nFine,Ac\u0000me,1,discovery,,\n")
                .post("/api/v1/deals/import?apply=true").then().statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("row 3, column account")));
        as(rep).get("/api/v1/deals").then().body("$", hasSize(0));
    }

    @Test
    void aByteOrderMarkIsStillAccepted() {
        Person rep = aRep().create();
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bom);
        body.writeBytes((HEADER + "Café deal,Acme,1,discovery,,\n").getBytes(StandardCharsets.UTF_8));
        as(rep).contentType("text/csv").body(body.toByteArray()).post("/api/v1/deals/import?apply=true").then().statusCode(200)
                .body("created", equalTo(1));
        as(rep).get("/api/v1/deals").then().body("name", equalTo(java.util.List.of("Café deal")));
    }

    @Test
    void theExportKeepsFormulasFromRunningAndImportsBackAsTheSameText() {
        Person rep = aRep().create();
        String source = "fx" + System.nanoTime();
        as(rep).contentType("text/csv").body(HEADER + "=HYPERLINK(\"http://x.example\"),@SUM(A1),5,discovery,F-1," + source + "\n")
                .post("/api/v1/deals/import?apply=true").then().statusCode(200);
        String exported = as(rep).get("/api/v1/deals/export").then().statusCode(200).extract().asString();
        assertThat(exported).contains("\"'=HYPERLINK(\"\"http://x.example\"\")\",'@SUM(A1),5.00,");
        as(rep).contentType("text/csv").body(exported).post("/api/v1/deals/import?apply=true").then().statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(0));
        as(rep).get("/api/v1/deals").then().body("name", equalTo(java.util.List.of("=HYPERLINK(\"http://x.example\")")))
                .body("account", equalTo(java.util.List.of("@SUM(A1)")));
    }
}

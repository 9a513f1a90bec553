package dev.goose.kpi.measure;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.goose.kpi.Measurement;
import dev.goose.people.Person;
import dev.goose.people.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeasurementImportTest {

    private static final String HEADER = "person,kpi,date,value,external_id,note\n";

    private static String csv(String prefix, Person rep, int calls, int meetings) {
        return HEADER + rep.email + ",calls,2026-02-02," + calls + "," + prefix + "-1,from the dialler\n"
                + rep.email + ",meetings-booked,2026-02-02," + meetings + "," + prefix + "-2,\n";
    }

    private static io.restassured.response.ValidatableResponse importCsv(Person as, String csv, boolean dryRun) {
        return as(as).contentType("text/csv").body(csv).post("/api/v1/measurements/import" + (dryRun ? "?dryRun=true" : "")).then();
    }

    private static long stored(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> Measurement.count("externalId like ?1", prefix + "-%"));
    }

    private static String prefix() {
        return "imp" + System.nanoTime();
    }

    @Test
    void aDryRunShowsWhatWouldHappenAndWritesNothing() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = prefix();
        importCsv(manager, csv(prefix, rep, 12, 2), true).statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("rows.outcome", equalTo(List.of("new", "new"))).body("rows[0].person", equalTo(rep.email))
                .body("rows[0].row", equalTo(2)).body("rows[1].kpi", equalTo("meetings-booked"));
        assertThat(stored(prefix)).isZero();
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = prefix();
        importCsv(manager, csv(prefix, rep, 12, 2), false).statusCode(200).body("dryRun", equalTo(false)).body("created", equalTo(2));
        importCsv(manager, csv(prefix, rep, 12, 2).replace("\n", "\r\n"), false).statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2)).body("rows.outcome", equalTo(List.of("unchanged", "unchanged")));
        assertThat(stored(prefix)).isEqualTo(2);
        as(rep).get("/api/v1/measurements?kpi=calls").then().body("items[0].value", equalTo(12))
                .body("items[0].origin", equalTo("IMPORTED")).body("items[0].note", equalTo("from the dialler"));
    }

    @Test
    void reImportingANewValueCorrectsTheEntryWithAnAuditedCorrection() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = prefix();
        importCsv(manager, csv(prefix, rep, 12, 2), false).statusCode(200);
        importCsv(manager, csv(prefix, rep, 15, 2), false).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .body("rows[0].outcome", equalTo("update")).body("rows[0].previousValue", equalTo(12)).body("rows[1].previousValue", nullValue());
        int id = as(rep).get("/api/v1/measurements?kpi=calls").then().body("items[0].value", equalTo(15)).extract().path("items[0].id");
        as(manager).get("/api/v1/measurements/" + id).then().body("corrections", hasSize(1))
                .body("corrections[0].reason", equalTo("Re-imported")).body("corrections[0].oldValue", equalTo(12))
                .body("corrections[0].newValue", equalTo(15)).body("corrections[0].by", equalTo(manager.id.intValue()));
        assertThat(stored(prefix)).isEqualTo(2);
    }

    @Test
    void oneBadRowStoresNothingAndEachProblemSaysItsRowAndColumn() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = prefix();
        String csv = "external_id,value,date,kpi,person\n"
                + prefix + "-1,3,2026-02-02,calls," + rep.email + "\n"
                + prefix + "-2,1,2026-02-03,calls," + rep.email + "\n"
                + prefix + "-3,-1,2026-02-04,calls," + rep.email + "\n"
                + prefix + "-3,1,2026-02-05,deals-won,nobody@nowhere.example\n";
        importCsv(manager, csv, false).statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'row 4, value' }.message", equalTo("A count cannot be negative."))
                .body("errors.field", hasItem("row 5, kpi")).body("errors.field", hasItem("row 5, person"))
                .body("errors.field", hasItem("row 5, external_id"));
        assertThat(stored(prefix)).isZero();
        importCsv(manager, "who,what\nx,y\n", true).statusCode(400).body("errors.field", hasItem("row 1, who"));
    }

    @Test
    void aRepImportsTheirOwnRowsButNotATeammates() {
        Person manager = aManager().create();
        Team team = aTeamLedBy(manager);
        Person rep = aRep().onTeam(team).create();
        Person teammate = aRep().onTeam(team).create();
        String prefix = prefix();
        importCsv(rep, csv(prefix, teammate, 1, 1), false).statusCode(400)
                .body("errors[0].field", equalTo("row 2, person"))
                .body("errors[0].message", equalTo("There is no person '" + teammate.email + "' whose numbers you may import."));
        importCsv(rep, csv(prefix, rep, 1, 1), false).statusCode(200).body("created", equalTo(2));
        importCsv(aManager().create(), csv(prefix(), rep, 1, 1), false).statusCode(400);
    }

    @Test
    void theJsonBatchFollowsTheSameRulesAndNamesFieldsAsJsonDoes() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = prefix();
        Map<String, Object> good = Map.of("person", rep.id, "kpi", "calls", "date", "2026-02-02", "value", 4, "externalId", prefix + "-1");
        Map<String, Object> bad = Map.of("person", rep.email, "kpi", "win-rate", "date", "2026-02-02", "value", -4);
        as(manager).body(Map.of("measurements", List.of(good, bad))).post("/api/v1/measurements").then().statusCode(400)
                .body("errors.field", equalTo(List.of("measurements[1].kpi", "measurements[1].externalId")));
        as(manager).body(Map.of("measurements", List.of(good))).post("/api/v1/measurements?dryRun=true").then().statusCode(200)
                .body("created", equalTo(1));
        assertThat(stored(prefix)).isZero();
        as(manager).body(Map.of("measurements", List.of(good))).post("/api/v1/measurements").then().statusCode(200)
                .body("created", equalTo(1)).body("rows[0].row", equalTo(0));
        as(rep).get("/api/v1/measurements").then().body("items[0].origin", equalTo("API"));
        as(manager).body(Map.of("measurements", List.of())).post("/api/v1/measurements").then().statusCode(400)
                .body("errors[0].field", equalTo("measurements"));
        as(manager).body("{\"measurements\":[{\"date\":\"yesterday\"}]}").post("/api/v1/measurements").then().statusCode(400)
                .body("errors[0].field", equalTo("measurements[0].date"));
    }

    @Test
    void twoImportsOfTheSameIdsAtOnceStoreEachIdOnce() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = prefix();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 150; i++) {
            csv.append(rep.email).append(",calls,2026-02-02,").append(i % 7).append(',').append(prefix).append('-').append(i).append(",\n");
        }
        List<CompletableFuture<Integer>> imports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            imports.add(CompletableFuture.supplyAsync(() -> importCsv(manager, csv.toString(), false).extract().statusCode()));
        }
        List<Integer> statuses = imports.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).allMatch(s -> s == 200 || s == 409).contains(200);
        assertThat(stored(prefix)).isEqualTo(150);
        importCsv(manager, csv.toString(), false).statusCode(200).body("unchanged", equalTo(150));
    }
}

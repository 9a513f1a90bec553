package dev.goose.kpi.measure;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.goose.kpi.Measurement;
import dev.goose.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A measurement import at the documented limit, and files that are not clean UTF-8 text. */
@QuarkusTest
class MeasurementImportAtScaleTest {

    private static final String HEADER = "person,kpi,date,value,external_id,note\n";

    private static String rows(Person rep, String prefix, int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int i = 1; i <= count; i++) {
            csv.append(rep.email).append(i % 2 == 0 ? ",calls," : ",meetings-booked,").append(first.plusDays(i % 300))
                    .append(',').append(i % 40).append(',').append(prefix).append('-').append(i).append(",dialler\n");
        }
        return csv.toString();
    }

    private static long stored(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> Measurement.count("externalId like ?1", prefix + "-%"));
    }

    @Test
    void tenThousandRowsAreStoredInOneGoAndAreUnchangedTheSecondTime() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = "scale" + System.nanoTime();
        String csv = rows(rep, prefix, MeasurementCsv.MAX_ROWS);
        as(manager).contentType("text/csv").body(csv).post("/api/v1/measurements/import").then().statusCode(200)
                .body("created", equalTo(10_000));
        assertThat(stored(prefix)).isEqualTo(10_000);
        as(manager).contentType("text/csv").body(csv).post("/api/v1/measurements/import").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(10_000));
    }

    @Test
    void oneBadRowNearTheEndSavesNothingAndSaysWhere() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = "scale" + System.nanoTime();
        String csv = rows(rep, prefix, MeasurementCsv.MAX_ROWS).replace(prefix + "-9999,dialler", prefix + "-1,dialler");
        as(manager).contentType("text/csv").body(csv).post("/api/v1/measurements/import").then().statusCode(400)
                .body("errors.field", hasItem("row 10000, external_id"));
        assertThat(stored(prefix)).isZero();
    }

    @Test
    void bytesThatAreNotUtf8AndNulCharactersAreRefusedWithTheirRowAndColumn() {
        Person manager = aManager().create();
        Person rep = aRep().onTeam(aTeamLedBy(manager)).create();
        String prefix = "bad" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((HEADER + rep.email + ",calls,2026-02-02,3," + prefix + "-1,caf").getBytes(StandardCharsets.UTF_8));
        body.write(0xE9);
        body.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        as(manager).contentType("text/csv").body(body.toByteArray()).post("/api/v1/measurements/import").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("row 2, note"));
        as(manager).contentType("text/csv").body(HEADER + rep.email + ",calls,2026-02-02,3," + prefix + "-1,a\u0000b\n")
                .post("/api/v1/measurements/import").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("row 2, note"));
        assertThat(stored(prefix)).isZero();
    }
}

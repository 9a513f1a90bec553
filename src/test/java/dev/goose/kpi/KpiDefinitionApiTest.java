package dev.goose.kpi;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KpiDefinitionApiTest {

    private static String freshKey() {
        return "referrals-" + System.nanoTime();
    }

    private static Map<String, Object> logged(String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("name", "Referrals asked");
        body.put("unit", "count");
        body.put("source", "logged");
        body.put("active", false);
        return body;
    }

    @Test
    void aManagerDefinesAKpiAndEveryoneCanReadIt() {
        Person manager = aManager().create();
        String key = freshKey();
        as(manager).body(logged(key)).post("/api/v1/kpis").then().statusCode(201)
                .header("Location", endsWith("/api/v1/kpis/" + key))
                .body("key", equalTo(key))
                .body("unit", equalTo("count"))
                .body("direction", equalTo("higher-is-better"))
                .body("category", equalTo("activity"))
                .body("source", equalTo("logged"));
        as(aRep().create()).get("/api/v1/kpis/" + key).then().statusCode(200).body("name", equalTo("Referrals asked"));
    }

    @Test
    void aDerivedKpiTakesItsUnitAndDirectionFromItsDerivation() {
        Map<String, Object> body = new HashMap<>(Map.of("key", freshKey(), "name", "Cycle", "source", "derived",
                "derivation", "cycle-days", "active", false));
        as(anAdmin().create()).body(body).post("/api/v1/kpis").then().statusCode(201)
                .body("unit", equalTo("days"))
                .body("direction", equalTo("lower-is-better"))
                .body("category", equalTo("outcome"));
    }

    @Test
    void everyInvalidFieldIsNamedAndSaysWhatIsAllowed() {
        Map<String, Object> body = Map.of("key", "Bad Key!", "unit", "litres", "source", "derived", "stageKey", "nowhere");
        as(aManager().create()).body(body).post("/api/v1/kpis").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("key", "name", "unit", "derivation", "stageKey"))
                .body("errors.find { it.field == 'unit' }.message", equalTo("Use one of count, currency, percent or days."));
    }

    @Test
    void aDerivedKpiHasItsDerivationsUnitAndAStageWhereOneIsNeeded() {
        Person manager = aManager().create();
        as(manager).body(Map.of("key", freshKey(), "name", "Wins", "source", "derived", "derivation", "win-rate", "unit", "count"))
                .post("/api/v1/kpis").then().statusCode(400)
                .body("field", equalTo("unit"))
                .body("detail", equalTo("A KPI derived as win-rate is in percent."));
        as(manager).body(Map.of("key", freshKey(), "name", "Conversion", "source", "derived", "derivation", "stage-conversion"))
                .post("/api/v1/kpis").then().statusCode(400).body("field", equalTo("stageKey"));
        as(manager).body(Map.of("key", freshKey(), "name", "Calls", "source", "logged", "unit", "count", "derivation", "deals-won"))
                .post("/api/v1/kpis").then().statusCode(400).body("field", equalTo("derivation"));
    }

    @Test
    void aKeyIsUnique() {
        as(aManager().create()).body(logged("calls")).post("/api/v1/kpis").then().statusCode(400)
                .body("field", equalTo("key")).body("detail", equalTo("Another KPI already has this key."));
    }

    @Test
    void theKeyUnitAndSourceNeverChangeButTheNameDoes() {
        Person manager = aManager().create();
        String key = freshKey();
        as(manager).body(logged(key)).post("/api/v1/kpis").then().statusCode(201);
        Map<String, Object> change = new HashMap<>(logged(key + "-x"));
        change.put("unit", "currency");
        change.put("source", "imported");
        as(manager).body(change).put("/api/v1/kpis/" + key).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("key", "unit", "source"))
                .body("errors[0].message", containsString("cannot change once the KPI exists"));
        as(manager).get("/api/v1/kpis/" + key).then().body("unit", equalTo("count")).body("source", equalTo("logged"));
        as(manager).body(Map.of("name", "Referrals", "position", 40)).put("/api/v1/kpis/" + key).then().statusCode(200)
                .body("key", equalTo(key)).body("name", equalTo("Referrals")).body("position", equalTo(40))
                .body("unit", equalTo("count"));
    }

    @Test
    void repsReadOnlyActiveKpisAndCannotDefineAny() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        String key = freshKey();
        as(manager).body(logged(key)).post("/api/v1/kpis").then().statusCode(201).body("active", equalTo(false));
        as(rep).body(logged(freshKey())).post("/api/v1/kpis").then().statusCode(403);
        as(rep).get("/api/v1/kpis?all=true").then().statusCode(200)
                .body("key", hasItem("calls")).body("key", not(hasItem(key)));
        as(manager).get("/api/v1/kpis").then().body("key", not(hasItem(key)));
        as(manager).get("/api/v1/kpis?all=true").then().body("key", hasItem(key));
    }

    @Test
    void anUnknownKeyIsNotFound() {
        as(aRep().create()).get("/api/v1/kpis/no-such-kpi").then().statusCode(404);
        as(aManager().create()).body(Map.of("name", "X")).put("/api/v1/kpis/no-such-kpi").then().statusCode(404);
    }
}

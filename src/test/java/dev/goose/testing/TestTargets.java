package dev.goose.testing;

import static dev.goose.testing.Api.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dev.goose.kpi.Category;
import dev.goose.kpi.Direction;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.KpiTarget;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.Source;
import dev.goose.kpi.Unit;
import dev.goose.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * KPIs and targets made straight in the database for tests. KPIs made here are inactive, so that
 * they never show up as a column or a button in another test's pages.
 */
public final class TestTargets {

    private TestTargets() {
    }

    /** A fresh logged count KPI, inactive; its key is returned. */
    public static String anInactiveKpi() {
        return QuarkusTransaction.requiringNew().call(() -> {
            KpiDefinition kpi = new KpiDefinition();
            kpi.key = "test-" + System.nanoTime();
            kpi.name = "Test KPI " + kpi.key;
            kpi.unit = Unit.COUNT;
            kpi.direction = Direction.HIGHER_IS_BETTER;
            kpi.category = Category.ACTIVITY;
            kpi.source = Source.LOGGED;
            kpi.position = 1000;
            kpi.active = false;
            kpi.createdAt = TestClock.now();
            kpi.persist();
            return kpi.key;
        });
    }

    /** An open monthly target of the person on the KPI from this month on; its id is returned. */
    public static long aMonthlyTarget(Person person, String kpiKey, int value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KpiTarget target = new KpiTarget();
            target.kpi = KpiDefinition.byKey(kpiKey).orElseThrow();
            target.personId = person.id;
            target.subject = KpiTarget.personSubject(person.id);
            target.periodKind = PeriodKind.MONTH;
            target.startsOn = LocalDate.now().withDayOfMonth(1);
            target.value = BigDecimal.valueOf(value);
            target.setAt = TestClock.now();

            target.persist();
            return target.id;
        });
    }

    /** Sets a target through the API as the manager; its id. */
    public static int create(Person manager, Map<String, Object> body) {
        return as(manager).body(body).post("/api/v1/kpi-targets").then().statusCode(201).extract().path("id");
    }

    /** The request body of a monthly target of the rep, from the first period to the last (null: open). */
    public static Map<String, Object> monthly(Person rep, String kpi, Object value, String first, String last) {
        Map<String, Object> body = new HashMap<>();
        body.put("kpi", kpi);
        body.put("person", rep.id);
        body.put("kind", "month");
        body.put("value", value);
        body.put("firstPeriod", first);
        body.put("lastPeriod", last);
        return body;
    }
}

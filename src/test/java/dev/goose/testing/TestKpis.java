package dev.goose.testing;

import static dev.goose.testing.Api.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.KpiTarget;
import dev.goose.kpi.Measurement;
import dev.goose.kpi.Origin;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.RampFrom;
import dev.goose.people.Person;
import dev.goose.people.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** KPI data for a test, stored directly: {@code TestKpis.target(rep, "calls", MONTH, from, "100")}. */
public final class TestKpis {

    private TestKpis() {
    }

    /** An open-ended target for a rep from the period holding the date, without a ramp. */
    public static Long target(Person person, String kpi, PeriodKind kind, LocalDate from, String value) {
        return target(person, kpi, kind, from, value, null, null);
    }

    public static Long target(Person person, String kpi, PeriodKind kind, LocalDate from, String value, String ramp, RampFrom rampFrom) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KpiTarget target = base(kpi, kind, from, value, ramp, rampFrom);
            target.personId = person.id;
            target.subject = KpiTarget.personSubject(person.id);
            target.persist();
            return target.id;
        });
    }

    public static Long teamTarget(Team team, String kpi, PeriodKind kind, LocalDate from, String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KpiTarget target = base(kpi, kind, from, value, null, null);
            target.teamId = team.id;
            target.subject = KpiTarget.teamSubject(team.id);
            target.persist();
            return target.id;
        });
    }

    /** A measurement as if imported, for the person on the day. */
    public static Long measure(Person person, String kpi, LocalDate day, String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Measurement m = new Measurement();
            m.kpi = KpiDefinition.byKey(kpi).orElseThrow();
            m.personId = person.id;
            m.occurredOn = day;
            m.value = new BigDecimal(value);
            m.origin = Origin.IMPORTED;
            m.recordedAt = TestClock.now();
            m.persist();
            return m.id;
        });
    }

    /** One call logged through the API by the person today, as the +1 button does; the new entry's id. */
    public static int logACall(Person person) {
        return as(person).body(Map.of("kpi", "calls")).post("/api/v1/measurements/log").then().statusCode(201).extract().path("id");
    }

    private static KpiTarget base(String kpi, PeriodKind kind, LocalDate from, String value, String ramp, RampFrom rampFrom) {
        KpiTarget target = new KpiTarget();
        target.kpi = KpiDefinition.byKey(kpi).orElseThrow();
        target.periodKind = kind;
        target.startsOn = dev.goose.kpi.Period.containing(kind, from).start();
        target.value = new BigDecimal(value);
        target.ramp = ramp;
        target.rampFrom = rampFrom;
        target.setAt = TestClock.now();
        return target;

    }
}

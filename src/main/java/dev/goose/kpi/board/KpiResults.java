package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.kpi.KpiCalendar;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.people.People.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The door of the KPI feature for what others compute from a person's results (pay): a KPI's actual
 * in a period against its target with the ramp applied, as the KPI pages show them. Reads inside the
 * caller's transaction; asks no access question, which stays the caller's.
 */
@ApplicationScoped
public class KpiResults {

    @Inject
    Actuals actuals;

    @Inject
    Targets targets;

    /** @param actual empty for an average with nothing to average yet; @param target empty without one */
    public record Result(String key, String name, Optional<BigDecimal> actual, Optional<BigDecimal> target) {
    }

    /** One entry recorded for a KPI: whose, for which day, its value now (after corrections), and the deal it was logged from, if any. */
    public record Entry(Long id, Long personId, LocalDate day, BigDecimal value, Long dealId) {
    }

    /**
     * The entries of the KPI with this key for the people, on days from {@code from} to {@code to}
     * inclusive, in day and id order; none for a key no KPI has. Derived KPIs have no entries.
     */
    public List<Entry> entries(Collection<Long> people, String key, LocalDate from, LocalDate to) {
        if (people.isEmpty()) {
            return List.of();
        }
        return dev.goose.kpi.Measurement.getEntityManager().createQuery("""
                select m.id, m.personId, m.occurredOn, m.value, m.dealId from Measurement m
                where m.kpi.key = :key and m.personId in :people and m.occurredOn >= :from and m.occurredOn <= :to
                order by m.occurredOn, m.id""", Object[].class)
                .setParameter("key", key).setParameter("people", people).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(r -> new Entry((Long) r[0], (Long) r[1], (LocalDate) r[2], (BigDecimal) r[3], (Long) r[4])).toList();
    }

    /** The keys of the KPIs switched on now, which plans may pay bonuses on. */
    public java.util.Set<String> definedKeys() {
        return KpiDefinition.activeInOrder().stream().map(k -> k.key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The person's results for the KPIs with these keys in the period of this kind holding the day; unknown keys are left out. */
    public Map<String, Result> of(Member person, Collection<String> keys, PeriodKind kind, LocalDate day) {
        List<KpiDefinition> kpis = KpiDefinition.activeInOrder().stream().filter(k -> keys.contains(k.key)).toList();
        Map<String, Result> results = new LinkedHashMap<>();
        if (kpis.isEmpty()) {
            return results;
        }
        Period period = Period.containing(kind, day);
        Actuals.Table table = actuals.of(List.of(person.id()), kpis, List.of(period), KpiCalendar.zoneOf(person));
        Targets.Book book = targets.of(List.of(person), null, List.of(period));
        for (KpiDefinition kpi : kpis) {
            results.put(kpi.key, new Result(kpi.key, kpi.name, table.of(period, person.id(), kpi.id).value(kpi.accrual()),
                    book.of(person, kpi.id, period)));
        }
        return results;
    }
}

package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.goose.kpi.Derivation;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.Period;
import dev.goose.kpi.Source;
import dev.goose.kpi.Tally;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * What people did in a run of consecutive periods, KPI by KPI: measured KPIs summed from their
 * measurements, derived ones computed from deals and stage history, never stored. One query per
 * kind of source over the whole run, bucketed by period in Java, so a six-month trend costs what
 * one month does. Times are read as dates in the zone given: the team's.
 */
@ApplicationScoped
class Actuals {

    /** Tallies by period start, person id and KPI id; a missing entry is {@link Tally#EMPTY}. */
    public record Table(Map<LocalDate, Map<Long, Map<Long, Tally>>> tallies) {

        public Tally of(Period period, Long personId, Long kpiId) {
            return tallies.getOrDefault(period.start(), Map.of()).getOrDefault(personId, Map.of()).getOrDefault(kpiId, Tally.EMPTY);
        }

        /** Everyone's tallies added up, for a team. */
        public Tally sum(Period period, Collection<Long> personIds, Long kpiId) {
            Tally total = Tally.EMPTY;
            for (Long person : personIds) {
                total = total.plus(of(period, person, kpiId));
            }
            return total;
        }
    }

    /** The tallies of the people for the KPIs over the periods, which must be consecutive and of one kind. */
    public Table of(Collection<Long> personIds, List<KpiDefinition> kpis, List<Period> periods, ZoneId zone) {
        Buckets buckets = new Buckets(periods, zone);
        if (personIds.isEmpty() || kpis.isEmpty()) {
            return buckets.table();
        }
        List<KpiDefinition> measured = kpis.stream().filter(k -> k.source != Source.DERIVED).toList();
        if (!measured.isEmpty()) {
            measured(personIds, measured, buckets);
        }
        DealFacts deals = new DealFacts(personIds, buckets.from(), buckets.until());
        for (KpiDefinition kpi : kpis) {
            if (kpi.source == Source.DERIVED) {
                derived(kpi, deals, buckets);
            }
        }
        return buckets.table();
    }

    private void measured(Collection<Long> personIds, List<KpiDefinition> kpis, Buckets buckets) {
        // One period needs one sum per person and KPI; a run of them, sums by day to bucket.
        boolean byDay = buckets.periods.size() > 1;
        List<Object[]> rows = em().createQuery("select m.personId, m.kpi.id, sum(m.value), count(m)"
                + (byDay ? ", m.occurredOn" : "") + " from Measurement m"
                + " where m.personId in :people and m.kpi.id in :kpis and m.occurredOn >= :start and m.occurredOn <= :end"
                + " group by m.personId, m.kpi.id" + (byDay ? ", m.occurredOn" : ""), Object[].class)
                .setParameter("people", personIds)
                .setParameter("kpis", kpis.stream().map(k -> k.id).toList())
                .setParameter("start", buckets.firstDay())
                .setParameter("end", buckets.lastDay())
                .getResultList();
        for (Object[] row : rows) {
            LocalDate day = byDay ? (LocalDate) row[4] : buckets.firstDay();
            buckets.add(day, (Long) row[0], (Long) row[1], Tally.of((BigDecimal) row[2], (Long) row[3]));
        }
    }

    private void derived(KpiDefinition kpi, DealFacts deals, Buckets buckets) {
        Derivation derivation = kpi.derivation;
        switch (derivation) {
            case REVENUE_WON -> deals.credited().forEach(part -> buckets.add(part.closedAt(), part.personId(), kpi.id, Tally.of(part.amount(), 1)));
            case MARGIN_WON -> deals.credited().stream().filter(part -> part.margin() != null)
                    .forEach(part -> buckets.add(part.closedAt(), part.personId(), kpi.id, Tally.of(part.margin(), 1)));
            case DEALS_WON, CYCLE_DAYS, WIN_RATE -> deals.closed().forEach(deal -> {
                Tally tally = switch (derivation) {
                    case DEALS_WON -> deal.won() ? Tally.of(BigDecimal.ONE, 1) : null;
                    case CYCLE_DAYS -> deal.won() ? Tally.of(deal.cycleDays(), 1) : null;
                    default -> Tally.rate(deal.won() ? 1 : 0, 1);
                };
                if (tally != null) {
                    buckets.add(deal.closedAt(), deal.ownerId(), kpi.id, tally);
                }
            });
            case PIPELINE_CREATED -> deals.created().forEach(deal ->
                    buckets.add(deal.createdAt(), deal.ownerId(), kpi.id, Tally.of(deal.amount(), 1)));
            case STAGE_ADVANCES -> deals.advances(kpi.stageKey).forEach(move ->
                    buckets.add(move.at(), move.ownerId(), kpi.id, Tally.of(BigDecimal.ONE, 1)));
            case STAGE_CONVERSION -> deals.entries(kpi.stageKey).forEach(entry ->
                    buckets.add(entry.at(), entry.ownerId(), kpi.id, Tally.rate(entry.advanced() ? 1 : 0, 1)));
        }
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    /** Tallies gathered into the period holding each day. */
    private static final class Buckets {
        private final List<Period> periods;
        private final ZoneId zone;
        private final Map<LocalDate, Map<Long, Map<Long, Tally>>> tallies = new HashMap<>();

        Buckets(List<Period> periods, ZoneId zone) {
            if (periods.isEmpty()) {
                throw new IllegalArgumentException("at least one period");
            }
            this.periods = periods;
            this.zone = zone;
        }

        LocalDate firstDay() {
            return periods.get(0).start();
        }

        LocalDate lastDay() {
            return periods.get(periods.size() - 1).end();
        }

        Instant from() {
            return firstDay().atStartOfDay(zone).toInstant();
        }

        Instant until() {
            return lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        }

        void add(Instant at, Long personId, Long kpiId, Tally tally) {
            add(LocalDate.ofInstant(at, zone), personId, kpiId, tally);
        }

        void add(LocalDate day, Long personId, Long kpiId, Tally tally) {
            Period period = Period.containing(periods.get(0).kind(), day);
            if (day.isBefore(firstDay()) || day.isAfter(lastDay())) {
                return;
            }
            tallies.computeIfAbsent(period.start(), p -> new HashMap<>())
                    .computeIfAbsent(personId, p -> new HashMap<>())
                    .merge(kpiId, tally, Tally::plus);
        }

        Table table() {
            return new Table(tallies);
        }
    }
}

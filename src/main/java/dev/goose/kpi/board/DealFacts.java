package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.goose.kpi.Ratio;
import jakarta.persistence.EntityManager;

/**
 * The facts about people's deals that derived KPIs are computed from, in a window of time: deals
 * closed, deals created, forward moves and entries into a stage. Each is read once, with only the
 * columns it needs, when first asked for.
 */
final class DealFacts {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final int CHUNK = 1_000;

    record Closed(Long ownerId, BigDecimal amount, Instant createdAt, Instant closedAt, boolean won) {
        BigDecimal cycleDays() {
            long seconds = Math.max(0, Duration.between(createdAt, closedAt).toSeconds());
            return BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, Ratio.PRECISION);
        }
    }

    record Created(Long ownerId, BigDecimal amount, Instant createdAt) {
    }

    record Move(Long ownerId, Instant at) {
    }

    record Entry(Long ownerId, Instant at, boolean advanced) {
    }

    private final EntityManager em;
    private final Collection<Long> people;
    private final Instant from;
    private final Instant until;
    private List<Closed> closed;
    private List<Created> created;

    DealFacts(EntityManager em, Collection<Long> people, Instant from, Instant until) {
        this.em = em;
        this.people = people;
        this.from = from;
        this.until = until;
    }

    /** Deals won or lost in the window, by their close time. */
    List<Closed> closed() {
        if (closed == null) {
            closed = em.createQuery("""
                    select d.owner.id, d.amount, d.createdAt, d.closedAt, s.outcome from Deal d join d.stage s
                    where d.owner.id in :people and d.closedAt >= :from and d.closedAt < :until and s.outcome is not null""",
                    Object[].class)
                    .setParameter("people", people).setParameter("from", from).setParameter("until", until)
                    .getResultStream()
                    .map(r -> new Closed((Long) r[0], (BigDecimal) r[1], (Instant) r[2], (Instant) r[3], "won".equals(r[4])))
                    .toList();
        }
        return closed;
    }

    /** Deals created in the window. */
    List<Created> created() {
        if (created == null) {
            created = em.createQuery("""
                    select d.owner.id, d.amount, d.createdAt from Deal d
                    where d.owner.id in :people and d.createdAt >= :from and d.createdAt < :until""", Object[].class)
                    .setParameter("people", people).setParameter("from", from).setParameter("until", until)
                    .getResultStream()
                    .map(r -> new Created((Long) r[0], (BigDecimal) r[1], (Instant) r[2]))
                    .toList();
        }
        return created;
    }

    /** Moves in the window to a later stage that is open or won, into the stage named when one is. */
    List<Move> advances(String intoStage) {
        return em.createQuery("""
                select d.owner.id, c.changedAt, f.position, t.position, t.outcome, t.key from StageChange c
                join c.deal d join c.from f join c.to t
                where d.owner.id in :people and c.changedAt >= :from and c.changedAt < :until""", Object[].class)
                .setParameter("people", people).setParameter("from", from).setParameter("until", until)
                .getResultStream()
                .filter(r -> (Integer) r[3] > (Integer) r[2] && !"lost".equals(r[4]) && (intoStage == null || intoStage.equals(r[5])))
                .map(r -> new Move((Long) r[0], (Instant) r[1]))
                .toList();
    }

    /**
     * Entries into the stage in the window, each with whether the deal reached a later open or won
     * stage afterwards, at any time up to now: a deal that entered in March and advanced in April
     * counts as a March conversion.
     */
    List<Entry> entries(String stage) {
        List<Object[]> rows = em.createQuery("""
                select d.id, d.owner.id, c.changedAt, t.position from StageChange c join c.deal d join c.to t
                where d.owner.id in :people and t.key = :stage and c.changedAt >= :from and c.changedAt < :until
                order by c.changedAt""", Object[].class)
                .setParameter("people", people).setParameter("stage", stage)
                .setParameter("from", from).setParameter("until", until)
                .getResultList();
        Map<Long, List<Object[]>> later = laterMoves(rows.stream().map(r -> (Long) r[0]).distinct().toList());
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Instant at = (Instant) row[2];
            int position = (Integer) row[3];
            boolean advanced = later.getOrDefault((Long) row[0], List.of()).stream()
                    .anyMatch(m -> ((Instant) m[0]).isAfter(at) && (Integer) m[1] > position && !"lost".equals(m[2]));
            entries.add(new Entry((Long) row[1], at, advanced));
        }
        return entries;
    }

    private Map<Long, List<Object[]>> laterMoves(List<Long> dealIds) {
        Map<Long, List<Object[]>> byDeal = new HashMap<>();
        for (int i = 0; i < dealIds.size(); i += CHUNK) {
            List<Long> chunk = dealIds.subList(i, Math.min(dealIds.size(), i + CHUNK));
            em.createQuery("""
                    select c.deal.id, c.changedAt, t.position, t.outcome from StageChange c join c.to t
                    where c.deal.id in :deals""", Object[].class)
                    .setParameter("deals", chunk)
                    .getResultStream()
                    .forEach(r -> byDeal.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                            .add(new Object[] { r[1], r[2], r[3] }));
        }
        return byDeal;
    }
}

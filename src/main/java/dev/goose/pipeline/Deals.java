package dev.goose.pipeline;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;

import dev.goose.pipeline.deal.Deal;

/**
 * The door of the pipeline feature for what other features compute from deals (KPIs, funnels, pay):
 * deals, stages and stage moves as plain facts, read with only the columns asked for, inside the
 * caller's transaction.
 */
public final class Deals {

    private Deals() {
    }

    /** A deal as derived numbers need it; {@code outcome} is its stage's ("won", "lost" or null while open), {@code margin} may be null. */
    public record DealFact(Long id, Long ownerId, BigDecimal amount, BigDecimal margin, Instant createdAt, Instant closedAt, String outcome) {
    }

    /** A stage of any pipeline; {@code outcome} is "won", "lost" or null. */
    public record StageFact(Long id, int position, String outcome, String key) {
    }

    /** A move of a deal into a stage; {@code fromStageId} is null for the stage a deal was created in. */
    public record Move(Long dealId, Long fromStageId, Long toStageId, Instant at) {
    }

    /** A move with the guides shown and entered, as "slug@version" labels, for script effectiveness. */
    public record GuidedMove(Long dealId, Long fromStageId, Long toStageId, Instant at, String enteredGuides, String guideVersions) {
    }

    /**
     * A deal won, as pay credits it: its amount and gross margin in its own currency, when it closed, and
     * who is credited with it in percent (its owner in full unless a manager split it).
     */
    public record WonDeal(Long id, Long ownerId, String name, BigDecimal amount, BigDecimal margin, String currency, Instant closedAt,
            Map<Long, BigDecimal> shares, String pipeline) {

        public WonDeal {
            shares = Map.copyOf(shares);
        }

        /** The person's share of the credit in percent: 0 when they have none. */
        public BigDecimal shareOf(Long personId) {
            return shares.getOrDefault(personId, BigDecimal.ZERO);
        }
    }

    /** An open deal as pay previews it: what closing it at its amount would credit, and the owner's share in percent. */
    public record OpenDeal(Long id, String name, BigDecimal amount, String currency, BigDecimal ownerShare) {
    }

    /** The person's open deals with an amount, the largest first, at most {@code limit}. */
    public static List<OpenDeal> openOwnedBy(Long ownerId, int limit) {
        return withOwnerShares(Deal.getEntityManager().createQuery("""
                select d.id, d.name, d.amount, d.currency, d.ownerId from Deal d join d.stage s
                where d.ownerId = :owner and s.outcome is null and d.amount is not null
                order by d.amount desc, d.id""", Object[].class)
                .setParameter("owner", ownerId).setMaxResults(limit).getResultList());
    }

    /** Whether the deal is open, with its owner's share: empty when there is no such open deal. */
    public static Optional<OpenDeal> open(Long dealId) {
        return withOwnerShares(Deal.getEntityManager().createQuery("""
                select d.id, d.name, d.amount, d.currency, d.ownerId from Deal d join d.stage s where d.id = :id and s.outcome is null""",
                Object[].class).setParameter("id", dealId).getResultList()).stream().findFirst();
    }

    /** Rows of id, name, amount, currency and owner as open deals, with the owner's shares read in one query. */
    private static List<OpenDeal> withOwnerShares(List<Object[]> rows) {
        Map<Long, Long> owners = new HashMap<>();
        rows.forEach(r -> owners.put((Long) r[0], (Long) r[4]));
        Map<Long, Map<Long, BigDecimal>> shares = DealCredits.sharesOf(owners.keySet(), owners);
        return rows.stream().map(r -> new OpenDeal((Long) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3],
                shares.get((Long) r[0]).getOrDefault((Long) r[4], BigDecimal.ZERO))).toList();
    }

    /** The deals won in {@code [from, until)} that credit the person with a share, in the order they closed. */
    public static List<WonDeal> wonBy(Long personId, Instant from, Instant until) {
        return wonByAny(List.of(personId), from, until).stream().filter(d -> d.shareOf(personId).signum() > 0).toList();
    }

    /**
     * The deals won and closed in {@code [from, until)} that any of the people own or have a share of,
     * in the order they closed, with every share (also of people not asked about).
     */
    public static List<WonDeal> wonByAny(Collection<Long> people, Instant from, Instant until) {
        if (people.isEmpty()) {
            return List.of();
        }
        // Owned and only credited in two queries: one with an "or" between them made PostgreSQL read every
        // won deal for each person asked about (3 ms against 0.1 to 0.7 ms for both on 50,000 deals). One
        // person is asked about with "=", not "in": Hibernate translates a query with a list parameter again
        // on every call, and that was most of a statement's time.
        boolean one = people.size() == 1;
        Object who = one ? people.iterator().next() : people;
        List<Object[]> rows = new ArrayList<>(wonRows(one ? "d.ownerId = :who" : "d.ownerId in :who", who, from, until));
        rows.addAll(wonRows((one ? "d.ownerId <> :who" : "d.ownerId not in :who") + " and exists (select 1 from DealCredit k where k.dealId = d.id and k.personId"
                + (one ? " = :who)" : " in :who)"), who, from, until));
        rows.sort(Comparator.comparing((Object[] r) -> (Instant) r[6]).thenComparing(r -> (Long) r[0]));
        Map<Long, Object[]> deals = new java.util.LinkedHashMap<>();
        Map<Long, Map<Long, BigDecimal>> shares = new HashMap<>();
        for (Object[] r : rows) {
            deals.putIfAbsent((Long) r[0], r);
            Map<Long, BigDecimal> of = shares.computeIfAbsent((Long) r[0], k -> new HashMap<>());
            of.put(r[8] == null ? (Long) r[1] : (Long) r[8], r[8] == null ? DealCredits.FULL : (BigDecimal) r[9]);
        }
        return deals.values().stream().map(r -> new WonDeal((Long) r[0], (Long) r[1], (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4],
                (String) r[5], (Instant) r[6], shares.get((Long) r[0]), (String) r[7])).toList();
    }

    /** The won deals closed in the window that meet the condition on {@code :who}, a row per credit share (none: nulls). */
    private static List<Object[]> wonRows(String condition, Object who, Instant from, Instant until) {
        return Deal.getEntityManager().createQuery("""
                select d.id, d.ownerId, d.name, d.amount, d.margin, d.currency, d.closedAt, p.key, c.personId, c.percent
                from Deal d join d.stage s join d.pipeline p left join DealCredit c on c.dealId = d.id
                where s.outcome = 'won' and d.closedAt >= :from and d.closedAt < :until and\s""" + condition, Object[].class)
                .setParameter("who", who).setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** An open deal in its stage: since when, and the stage's limit in days (null for none). */
    public record Stay(Long dealId, Long ownerId, String name, String stageKey, String stageName, Instant enteredAt, Integer stallDays) {
    }

    /** The open deals the people own, each in the stage it is in, the longest there first. */
    public static List<Stay> openStays(Collection<Long> owners) {
        return owners.isEmpty() ? List.of() : Deal.getEntityManager().createQuery("""
                select new dev.goose.pipeline.Deals$Stay(d.id, d.ownerId, d.name, s.key, s.name, d.stageEnteredAt, s.stallDays)
                from Deal d join d.stage s where d.ownerId in :owners and s.outcome is null order by d.stageEnteredAt, d.id""", Stay.class)
                .setParameter("owners", owners).getResultList();
    }

    /** A deal's first entry into a stage within a window, as a SPIFF on that stage counts it. */
    public record Entered(Long dealId, Long ownerId, String name, Instant at) {
    }

    /**
     * The deals the people own that entered a stage with this key, in any pipeline, in {@code [from,
     * until)}: each deal once, at its first entry in the window, in the order they entered.
     */
    public static List<Entered> entered(Collection<Long> owners, String stageKey, Instant from, Instant until) {
        if (owners.isEmpty()) {
            return List.of();
        }
        Map<Long, Entered> first = new java.util.LinkedHashMap<>();
        Deal.getEntityManager().createQuery("""
                select d.id, d.ownerId, d.name, c.changedAt from StageChange c join c.deal d join c.to s
                where s.key = :stage and d.ownerId in :owners and c.changedAt >= :from and c.changedAt < :until
                order by c.changedAt, c.id""", Object[].class)
                .setParameter("stage", stageKey).setParameter("owners", owners).setParameter("from", from).setParameter("until", until)
                .getResultList().forEach(r -> first.putIfAbsent((Long) r[0], new Entered((Long) r[0], (Long) r[1], (String) r[2], (Instant) r[3])));
        return List.copyOf(first.values());
    }

    /** Every deal the people own. */
    public static List<DealFact> ownedBy(Collection<Long> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return Deal.getEntityManager().createQuery("""
                select d.id, d.ownerId, d.amount, d.margin, d.createdAt, d.closedAt, s.outcome from Deal d join d.stage s
                where d.ownerId in :people""", Object[].class)
                .setParameter("people", owners).getResultStream()
                .map(r -> new DealFact((Long) r[0], (Long) r[1], (BigDecimal) r[2], (BigDecimal) r[3], (Instant) r[4], (Instant) r[5],
                        (String) r[6]))
                .toList();
    }

    /** Every stage of every pipeline, retired ones too, since history points at them. */
    public static List<StageFact> allStages() {
        return Deal.getEntityManager().createQuery("select s.id, s.position, s.outcome, s.key from Stage s", Object[].class)
                .getResultStream().map(r -> new StageFact((Long) r[0], (Integer) r[1], (String) r[2], (String) r[3])).toList();
    }

    /**
     * The moves of the deals, between {@code from} (included) and {@code until} (excluded), or all of
     * them when both are null. In plain JDBC with the ids as one array parameter: a list of a
     * thousand query parameters would have Hibernate translate the query afresh on every call, which
     * cost more than the query itself.
     */
    public static List<Move> moves(List<Long> dealIds, Instant from, Instant until) {
        if (dealIds.isEmpty()) {
            return List.of();
        }
        boolean window = from != null && until != null;
        String sql = "select deal_id, from_stage_id, to_stage_id, changed_at from stage_change where deal_id = any(?)"
                + (window ? " and changed_at >= ? and changed_at < ?" : "");
        return Deal.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<Move> moves = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("bigint", dealIds.toArray()));
                if (window) {
                    statement.setObject(2, from.atOffset(ZoneOffset.UTC));
                    statement.setObject(3, until.atOffset(ZoneOffset.UTC));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long fromStage = rows.getLong(2);
                        Long fromStageId = rows.wasNull() ? null : fromStage;
                        moves.add(new Move(rows.getLong(1), fromStageId, rows.getLong(3), rows.getObject(4, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return moves;
        });
    }

    /**
     * The moves, oldest recorded first, of the pipeline's deals created in {@code [start, end)}: of the
     * owners given (all owners when null), and of one owner when {@code ownerId} is given.
     */
    public static List<GuidedMove> movesOfDealsCreated(Long pipelineId, Instant start, Instant end, Collection<Long> owners, Long ownerId) {
        if (owners != null && owners.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("d.pipeline.id = :pipeline and d.createdAt >= :start and d.createdAt < :end");
        Map<String, Object> parameters = new HashMap<>(Map.of("pipeline", pipelineId, "start", start, "end", end));
        if (owners != null) {
            where.append(" and d.ownerId in :owners");
            parameters.put("owners", owners);
        }
        if (ownerId != null) {
            where.append(" and d.ownerId = :owner");
            parameters.put("owner", ownerId);
        }
        var query = Deal.getEntityManager().createQuery("select c.deal.id, c.from.id, c.to.id, c.changedAt, c.enteredGuides,"
                + " c.guideVersions from StageChange c join c.deal d where " + where + " order by c.id", Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new GuidedMove((Long) row[0], (Long) row[1], (Long) row[2], (Instant) row[3],
                (String) row[4], (String) row[5])).toList();
    }

    /** The names of the deals by id, in one query; an unknown id is left out. */
    public static Map<Long, String> namesOf(Collection<Long> dealIds) {
        Map<Long, String> names = new HashMap<>();
        if (!dealIds.isEmpty()) {
            Deal.getEntityManager().createQuery("select d.id, d.name from Deal d where d.id in ?1", Object[].class)
                    .setParameter(1, dealIds).getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** Where a deal stands now: "won", "lost" or "open", its name, and when it entered its stage. */
    public record Standing(String name, String outcome, Instant since) {
    }

    /** Where each deal stands now, by id; a deal that no longer exists is left out. */
    public static Map<Long, Standing> standingsOf(Collection<Long> dealIds) {
        Map<Long, Standing> standings = new HashMap<>();
        if (!dealIds.isEmpty()) {
            Deal.getEntityManager().createQuery("select d.id, d.name, s.outcome, d.stageEnteredAt from Deal d join d.stage s where d.id in ?1",
                    Object[].class).setParameter(1, dealIds).getResultList()
                    .forEach(row -> standings.put((Long) row[0], new Standing((String) row[1], row[2] == null ? "open" : (String) row[2],
                            (Instant) row[3])));
        }
        return standings;
    }

    /** Who owns the deal, or empty when there is no such deal. */
    public static Optional<Long> ownerOf(Long dealId) {
        return dealId == null ? Optional.empty() : Deal.<Deal>findByIdOptional(dealId).map(deal -> deal.ownerId);
    }
}

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
import dev.goose.pipeline.Deals;

/**
 * The facts about people's deals that derived KPIs are computed from, in a window of time: deals
 * closed, deals created, forward moves and entries into a stage. Each is read once, with only the
 * columns it needs, when first asked for.
 */
final class DealFacts {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    /** A deal won or lost; its margin is null when not known. */
    record Closed(Long ownerId, BigDecimal amount, BigDecimal margin, Instant createdAt, Instant closedAt, boolean won) {
        BigDecimal cycleDays() {
            long seconds = Math.max(0, Duration.between(createdAt, closedAt).toSeconds());
            return BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, Ratio.PRECISION);
        }
    }

    /** A person's share of a deal won: its value and margin (null when not known) times their percent of the credit. */
    record Credited(Long personId, BigDecimal amount, BigDecimal margin, Instant closedAt) {
    }

    record Created(Long ownerId, BigDecimal amount, Instant createdAt) {
    }

    record Move(Long ownerId, Instant at) {
    }

    record Entry(Long ownerId, Instant at, boolean advanced) {
    }

    private record DealRow(Long id, Long ownerId, BigDecimal amount, BigDecimal margin, Instant createdAt, Instant closedAt, String outcome) {
    }

    private record Change(Long dealId, Long fromStageId, Long toStageId, Instant at) {
    }

    private record StageFacts(int position, boolean lost, String key) {
    }

    private final Collection<Long> people;
    private final Instant from;
    private final Instant until;
    private List<DealRow> deals;
    private Map<Long, Long> owners;
    private Map<Long, StageFacts> stages;
    private List<Change> inWindow;
    private List<Credited> credited;

    DealFacts(Collection<Long> people, Instant from, Instant until) {
        this.people = people;
        this.from = from;
        this.until = until;
    }

    /** Deals won or lost in the window, by their close time. */
    List<Closed> closed() {
        return deals().stream().filter(d -> d.outcome() != null && d.closedAt() != null && inWindow(d.closedAt()))
                .map(d -> new Closed(d.ownerId(), d.amount(), d.margin(), d.createdAt(), d.closedAt(), "won".equals(d.outcome()))).toList();
    }

    /**
     * The deals won in the window, credited to each of the people by their share of the credit, as pay
     * credits them: a split deal adds part of its value to each person it credits, and adds up to its
     * value once. Each part is rounded half up to the cent.
     */
    List<Credited> credited() {
        if (credited != null) {
            return credited;
        }
        List<Credited> parts = new ArrayList<>();
        for (Deals.WonDeal deal : Deals.wonByAny(people, from, until)) {
            for (Long person : people) {
                BigDecimal share = deal.shareOf(person);
                if (share.signum() > 0) {
                    parts.add(new Credited(person, part(deal.amount(), share), deal.margin() == null ? null : part(deal.margin(), share),
                            deal.closedAt()));
                }
            }
        }
        credited = parts;
        return parts;
    }

    private static BigDecimal part(BigDecimal value, BigDecimal percent) {
        return value == null ? BigDecimal.ZERO : value.multiply(percent).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Deals created in the window. */
    List<Created> created() {
        return deals().stream().filter(d -> inWindow(d.createdAt()))
                .map(d -> new Created(d.ownerId(), d.amount(), d.createdAt())).toList();
    }

    /** Moves in the window to a later stage that is open or won, into the stage named when one is. */
    List<Move> advances(String intoStage) {
        Map<Long, StageFacts> stages = stages();
        List<Move> moves = new ArrayList<>();
        for (Change change : changesInWindow()) {
            StageFacts from = change.fromStageId() == null ? null : stages.get(change.fromStageId());
            StageFacts to = stages.get(change.toStageId());
            if (from != null && to.position() > from.position() && !to.lost() && (intoStage == null || intoStage.equals(to.key()))) {
                moves.add(new Move(owners().get(change.dealId()), change.at()));
            }
        }
        return moves;
    }

    /**
     * Entries into the stage in the window, each with whether the deal reached a later open or won
     * stage afterwards, at any time up to now: a deal that entered in March and advanced in April
     * counts as a March conversion.
     */
    List<Entry> entries(String stage) {
        Map<Long, StageFacts> stages = stages();
        List<Change> entered = changesInWindow().stream().filter(c -> stage.equals(stages.get(c.toStageId()).key())).toList();
        Map<Long, List<Change>> later = history(entered.stream().map(Change::dealId).distinct().toList());
        List<Entry> entries = new ArrayList<>();
        for (Change entry : entered) {
            int position = stages.get(entry.toStageId()).position();
            boolean advanced = later.getOrDefault(entry.dealId(), List.of()).stream().anyMatch(m -> m.at().isAfter(entry.at())
                    && stages.get(m.toStageId()).position() > position && !stages.get(m.toStageId()).lost());
            entries.add(new Entry(owners().get(entry.dealId()), entry.at(), advanced));
        }
        return entries;
    }

    /**
     * Every deal of the people, read once with the few columns the derivations need: closed and
     * created deals are picked from it, and stage history is read by its ids.
     */
    private List<DealRow> deals() {
        if (deals == null) {
            deals = Deals.ownedBy(people).stream()
                    .map(d -> new DealRow(d.id(), d.ownerId(), d.amount(), d.margin(), d.createdAt(), d.closedAt(), d.outcome())).toList();
        }
        return deals;
    }

    private Map<Long, Long> owners() {
        if (owners == null) {
            owners = new HashMap<>();
            deals().forEach(d -> owners.put(d.id(), d.ownerId()));
        }
        return owners;
    }

    private boolean inWindow(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }

    /** Every stage of every pipeline, retired ones too, since history points at them. */
    private Map<Long, StageFacts> stages() {
        if (stages == null) {
            stages = new HashMap<>();
            Deals.allStages().forEach(s -> stages.put(s.id(), new StageFacts(s.position(), "lost".equals(s.outcome()), s.key())));
        }
        return stages;
    }

    /**
     * The moves of the people's deals in the window. Asked by deal id rather than joined to the
     * deals by owner, which reads every team's moves in the window rather than theirs.
     */
    private List<Change> changesInWindow() {
        if (inWindow == null) {
            inWindow = changes(Deals.moves(new ArrayList<>(owners().keySet()), from, until));
        }
        return inWindow;
    }

    /** Every move of the deals, whenever it happened. */
    private Map<Long, List<Change>> history(List<Long> dealIds) {
        Map<Long, List<Change>> byDeal = new HashMap<>();
        changes(Deals.moves(dealIds, null, null)).forEach(c -> byDeal.computeIfAbsent(c.dealId(), id -> new ArrayList<>()).add(c));
        return byDeal;
    }

    private static List<Change> changes(List<Deals.Move> moves) {
        return moves.stream().map(m -> new Change(m.dealId(), m.fromStageId(), m.toStageId(), m.at())).toList();
    }
}

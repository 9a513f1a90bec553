package dev.goose.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversion from each stage of a pipeline to the next and time in stage, from the deals' stage
 * histories. Callers choose the deals (a team, a rep, a period) by the changes they pass in.
 *
 * <p>A deal counts once per stage however often it re-entered it, and has advanced if, after
 * first entering, it reached any later stage, so a deal skipping a stage still counts as advancing
 * out of the one it skipped from. A deal whose history starts with a move out of a stage is taken
 * to have entered that stage at an unknown time: it counts, but gives no time in stage. Stages not
 * in the pipeline, such as "lost", end a stay and are never an advance. Time in stage comes from
 * completed stays only; a deal still sitting in a stage has no duration yet.
 *
 * <p>The biggest drop is the stage with the lowest conversion among those some deal entered,
 * the earliest on a tie; the last stage has no next and is never it.
 */
public record Funnel(List<StageConversion> stages, Optional<String> biggestDrop) {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final MathContext PRECISION = Ratio.PRECISION;

    public Funnel {
        stages = List.copyOf(stages);
    }

    public static Funnel of(List<String> stageKeys, Collection<StageChange> changes) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String key : stageKeys) {
            if (index.putIfAbsent(key, index.size()) != null) {
                throw new IllegalArgumentException("stage " + key + " appears twice in the pipeline");
            }
        }
        int count = index.size();
        int[] entered = new int[count];
        int[] advanced = new int[count];
        List<List<Long>> staySeconds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            staySeconds.add(new ArrayList<>());
        }

        for (List<StageChange> history : byDeal(changes).values()) {
            walk(history, index, entered, advanced, staySeconds);
        }

        List<StageConversion> stages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<Ratio> conversion = i == count - 1 ? Optional.empty() : Optional.of(Ratio.of(advanced[i], entered[i]));
            List<Long> stays = staySeconds.get(i);
            stages.add(new StageConversion(stageKeys.get(i), entered[i], advanced[i], conversion,
                    stays.size(), median(stays).map(Funnel::days), average(stays).map(Funnel::days)));
        }
        return new Funnel(stages, lowest(stages));
    }

    private static Map<String, List<StageChange>> byDeal(Collection<StageChange> changes) {
        Map<String, List<StageChange>> byDeal = new LinkedHashMap<>();
        for (StageChange change : changes) {
            byDeal.computeIfAbsent(change.dealId(), id -> new ArrayList<>()).add(change);
        }
        // A stable sort: changes at the same instant keep the order they were recorded in.
        byDeal.values().forEach(history -> history.sort(Comparator.comparing(StageChange::at)));
        return byDeal;
    }

    private static void walk(List<StageChange> history, Map<String, Integer> index,
            int[] entered, int[] advanced, List<List<Long>> staySeconds) {
        int stages = entered.length;
        boolean[] in = new boolean[stages];
        boolean[] out = new boolean[stages];
        String current = history.get(0).fromStage();
        StageChange since = null;
        if (current != null && index.containsKey(current)) {
            in[index.get(current)] = true;
        }
        for (StageChange change : history) {
            Integer from = current == null ? null : index.get(current);
            if (from != null && since != null) {
                staySeconds.get(from).add(Duration.between(since.at(), change.at()).toSeconds());
            }
            Integer to = index.get(change.toStage());
            if (to != null) {
                for (int s = 0; s < to; s++) {
                    out[s] |= in[s];
                }
                in[to] = true;
            }
            current = change.toStage();
            since = change;
        }
        for (int s = 0; s < stages; s++) {
            entered[s] += in[s] ? 1 : 0;
            advanced[s] += out[s] ? 1 : 0;
        }
    }

    private static Optional<BigDecimal> median(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(BigDecimal.valueOf(sorted.get(middle)));
        }
        BigDecimal sum = BigDecimal.valueOf(sorted.get(middle - 1)).add(BigDecimal.valueOf(sorted.get(middle)));
        return Optional.of(sum.divide(BigDecimal.valueOf(2)));
    }

    private static Optional<BigDecimal> average(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = seconds.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(total.divide(BigDecimal.valueOf(seconds.size()), PRECISION));
    }

    private static BigDecimal days(BigDecimal seconds) {
        return seconds.divide(SECONDS_PER_DAY, PRECISION);
    }

    private static Optional<String> lowest(List<StageConversion> stages) {
        StageConversion lowest = null;
        for (StageConversion stage : stages) {
            if (stage.conversion().isEmpty() || stage.entered() == 0) {
                continue;
            }
            // Cross-multiplied so a tie is a tie, with no rounding of either side.
            if (lowest == null || (long) stage.advanced() * lowest.entered() < (long) lowest.advanced() * stage.entered()) {
                lowest = stage;
            }
        }
        return Optional.ofNullable(lowest).map(StageConversion::stage);
    }
}

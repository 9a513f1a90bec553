package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.Node;

/** Reads one entry of a plan's {@code team-pool} list; see {@link TeamPool} for what it pays. */
final class TeamPools {

    private TeamPools() {
    }

    static TeamPool parse(Node node, PayPeriod payPeriod, List<PlanProblem> problems, int offset) {
        int before = problems.size();
        YamlFields fields = new YamlFields(node, "a team pool", List.of("name", "measure", "target", "period", "tiers", "split", "against"),
                problems, offset);
        String name = fields.text("name", true, "Give the team pool a name ('name').");
        String raw = fields.text("measure", true, "Give 'measure' as " + MEASURES + ".");
        boolean growth = raw != null && raw.toLowerCase(Locale.ROOT).endsWith("-growth");
        TeamPool.Measure measure = raw == null ? null : measure(fields, growth ? raw.substring(0, raw.length() - "-growth".length()) : raw, raw);
        TeamPool.Against against = null;
        if (growth) {
            against = choice(fields, "against", TeamPool.Against.class, TeamPool.Against.YEAR_BEFORE, "year-before or period-before");
        } else if (fields.has("against")) {
            fields.problem("against", "'against' says what growth is measured against; this pool's measure is not a growth:"
                    + " use " + raw + "-growth, or leave 'against' out.");
        }
        BigDecimal target = fields.number("target", null, new BigDecimal("0.01"), growth ? "the team's target growth in percent"
                : "the team's target for the pool's period");
        PayPeriod period = PlanParser.period(fields, "period", payPeriod);
        TeamPool.Split split = choice(fields, "split", TeamPool.Split.class, TeamPool.Split.EVEN, "even, credited or days");
        List<TeamPool.Step> tiers = tiers(fields, problems, offset);
        if (problems.size() > before || name == null || measure == null || target == null || tiers.isEmpty()) {
            return null;
        }
        return new TeamPool(name, measure, target, period, tiers, split, against);
    }

    private static final String MEASURES = "revenue, deals or margin (what the team won: value, deals or gross margin), or the growth of one"
            + " of them (revenue-growth, deals-growth, margin-growth)";

    private static TeamPool.Measure measure(YamlFields fields, String word, String raw) {
        for (TeamPool.Measure value : TeamPool.Measure.values()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        fields.problem("measure", "'measure' is " + MEASURES + ", not '" + raw + "'.");
        return null;
    }

    private static <E extends Enum<E>> E choice(YamlFields fields, String key, Class<E> type, E fallback, String allowed) {
        String raw = fields.text(key, fallback == null, "Give '" + key + "' as " + allowed + ".");
        if (raw == null) {
            return fallback;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(raw.toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        fields.problem(key, "'" + key + "' is " + allowed + ", not '" + raw + "'.");
        return fallback;
    }

    /** Tiers go up in attainment and in pool. */
    private static List<TeamPool.Step> tiers(YamlFields pool, List<PlanProblem> problems, int offset) {
        List<Node> nodes = pool.items("tiers");
        if (nodes.isEmpty()) {
            pool.problem("tiers", "Give the pool's tiers: at (percent of the team's target) and pool (the amount from there).");
            return List.of();
        }
        List<TeamPool.Step> tiers = new ArrayList<>();
        for (Node node : nodes) {
            YamlFields fields = new YamlFields(node, "a tier of the pool", List.of("at", "pool"), problems, offset);
            BigDecimal at = fields.number("at", null, BigDecimal.ZERO, "the attainment the tier starts at");
            BigDecimal amount = fields.number("pool", null, BigDecimal.ZERO, "the pool from this tier on");
            if (at == null || amount == null) {
                return List.of();
            }
            TeamPool.Step last = tiers.isEmpty() ? null : tiers.get(tiers.size() - 1);
            if (last != null && (at.compareTo(last.at()) <= 0 || amount.compareTo(last.pool()) < 0)) {
                fields.problem("at", "The pool's tiers go up: this one, at " + Money.percent(at) + ", must start above "
                        + Money.percent(last.at()) + " and pay at least the one before.");
                return List.of();
            }
            tiers.add(new TeamPool.Step(at, amount));
        }
        return tiers;
    }
}

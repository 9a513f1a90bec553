package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one entry of a plan's {@code kpi-bonus} list; see {@link KpiBonus} for what it pays. */
final class KpiBonuses {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiBonuses() {
    }

    static KpiBonus parse(Node node, PayPeriod payPeriod, java.util.Set<String> known, List<PlanProblem> problems, int offset) {
        int before = problems.size();
        YamlFields fields = new YamlFields(node, "a KPI bonus",
                List.of("name", "period", "amount", "kpis", "steps", "linear", "per-unit", "gate"), problems, offset);
        String name = fields.text("name", true, "Give the KPI bonus a name ('name').");
        PayPeriod period = PlanParser.period(fields, "period", payPeriod);
        List<String> rules = List.of("steps", "linear", "per-unit").stream().filter(fields::has).toList();
        if (rules.size() != 1) {
            problems.add(new PlanProblem(fields.line(), (rules.isEmpty() ? "Say how the bonus pays: " : "Choose one way the bonus pays, not "
                    + String.join(" and ", rules) + ": ") + "steps, linear or per-unit."));
            return null;
        }
        boolean perUnit = rules.get(0).equals("per-unit");
        BigDecimal amount = perUnit ? ZERO : fields.number("amount", null, new BigDecimal("0.01"), "the bonus amount per bonus period");
        List<KpiBonus.Weighted> kpis = kpis(fields, perUnit, known, problems, offset);
        KpiBonus.Payout payout = payout(fields, rules.get(0), problems, offset);
        BigDecimal gate = fields.has("gate") ? fields.number("gate", ZERO, ZERO, "the gate on weighted attainment") : null;
        if (problems.size() > before || name == null || amount == null || payout == null) {
            return null;
        }
        return new KpiBonus(name, period, amount, kpis, payout, gate);
    }

    /** The KPIs by key, each with its weight; weights sum to 100 unless the bonus pays per unit. */
    private static List<KpiBonus.Weighted> kpis(YamlFields bonus, boolean perUnit, java.util.Set<String> known, List<PlanProblem> problems,
            int offset) {
        List<Node> nodes = bonus.items("kpis");
        if (nodes.isEmpty()) {
            bonus.problem("kpis", "Name the KPIs the bonus is measured on, by key, each with its weight in percent.");
            return List.of();
        }
        List<KpiBonus.Weighted> kpis = new ArrayList<>();
        BigDecimal sum = ZERO;
        for (Node node : nodes) {
            if (node instanceof ScalarNode scalar && nodes.size() == 1) {
                unknown(scalar.getValue().strip(), known).ifPresent(p -> problems.add(new PlanProblem(YamlFields.lineOf(scalar, offset), p)));
                kpis.add(new KpiBonus.Weighted(scalar.getValue().strip(), HUNDRED));
                sum = HUNDRED;
                continue;
            }
            YamlFields fields = new YamlFields(node, "a KPI of the bonus", List.of("kpi", "weight"), problems, offset);
            String key = fields.text("kpi", true, "Name the KPI by its key, such as demos ('kpi').");
            BigDecimal weight = fields.number("weight", perUnit ? HUNDRED : null, ZERO, "the KPI's weight in percent");
            if (key != null) {
                unknown(key, known).ifPresent(p -> fields.problem("kpi", p));
            }
            if (key != null && kpis.stream().anyMatch(k -> k.kpi().equals(key))) {
                fields.problem("kpi", "The KPI '" + key + "' comes twice in this bonus.");
            }
            if (key != null && weight != null) {
                kpis.add(new KpiBonus.Weighted(key, weight));
                sum = sum.add(weight);
            }
        }
        if (!perUnit && kpis.size() == nodes.size() && sum.compareTo(HUNDRED) != 0) {
            bonus.problem("kpis", "The KPIs' weights add up to " + Money.percent(sum) + "; they must add up to 100%.");
        }
        return kpis;
    }

    /** Why a KPI key is refused: it names no KPI defined now. Empty when it does, or when nothing is checked. */
    static java.util.Optional<String> unknown(String key, java.util.Set<String> known) {
        if (known == null || known.contains(key)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("'" + key + "' is not a KPI defined in Goose, so it would pay nothing. Use one of its keys: "
                + String.join(", ", new java.util.TreeSet<>(known)) + ".");
    }

    private static KpiBonus.Payout payout(YamlFields bonus, String rule, List<PlanProblem> problems, int offset) {
        if (rule.equals("steps")) {
            List<KpiBonus.Step> steps = new ArrayList<>();
            BigDecimal last = null;
            for (Node node : bonus.items("steps")) {
                YamlFields fields = new YamlFields(node, "a step", List.of("at", "pays"), problems, offset);
                BigDecimal at = fields.number("at", null, ZERO, "the attainment a step starts at, in percent");
                BigDecimal pays = fields.number("pays", null, ZERO, "the share a step pays, in percent");
                if (at == null || pays == null) {
                    return null;
                }
                if (last != null && at.compareTo(last) <= 0) {
                    fields.problem("at", "Steps go up: " + Money.percent(at) + " comes after " + Money.percent(last) + ".");
                    return null;
                }
                steps.add(new KpiBonus.Step(at, pays));
                last = at;
            }
            if (steps.isEmpty()) {
                bonus.problem("steps", "Give at least one step: the attainment it starts at and the share it pays.");
                return null;
            }
            return new KpiBonus.Steps(steps);
        }
        YamlFields fields = new YamlFields(bonus.node(rule), "the " + rule + " payout",
                rule.equals("linear") ? List.of("from", "max") : List.of("each", "max"), problems, offset);
        if (rule.equals("linear")) {
            BigDecimal from = fields.number("from", ZERO, ZERO, "the attainment the bonus starts paying at");
            BigDecimal max = fields.number("max", HUNDRED, ZERO, "the attainment the bonus stops growing at");
            if (from != null && max != null && max.compareTo(from) < 0) {
                fields.problem("max", "The most it pays for (" + Money.percent(max) + ") is below where it starts (" + Money.percent(from) + ").");
                return null;
            }
            return from == null || max == null ? null : new KpiBonus.Linear(from, max);
        }
        BigDecimal each = fields.number("each", null, new BigDecimal("0.01"), "the amount per unit above target");
        BigDecimal max = fields.has("max") ? fields.number("max", ZERO, ZERO, "the most the bonus pays per KPI") : null;
        return each == null ? null : new KpiBonus.PerUnit(each, max);
    }
}

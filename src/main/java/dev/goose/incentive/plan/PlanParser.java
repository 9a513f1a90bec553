package dev.goose.incentive.plan;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@code plan} block: YAML with a plan's fields and components (see playbooks/README.md),
 * into a {@link Plan}, or the problems that keep it from being one, each at its line of the playbook
 * file. Only YAML's plain structure is read (no tags, no objects built), so a block cannot run code.
 */
public final class PlanParser {

    static final List<String> FIELDS = List.of("name", "currency", "effective", "pay-period", "base", "on-target-variable",
            "commission", "kpi-bonus", "guarantee", "draw", "team-pool", "clawback-days", "spiff");
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private PlanParser() {
    }

    /** The plan, or null with the problems. */
    public record Parsed(Plan plan, List<PlanProblem> problems) {
        public boolean ok() {
            return plan != null && problems.isEmpty();
        }
    }

    /**
     * @param yaml      the block's text, between its fences
     * @param firstLine the line of the file the block's text starts on
     */
    public static Parsed parse(String yaml, int firstLine) {
        return parse(yaml, firstLine, null);
    }

    /**
     * As {@link #parse(String, int)}, refusing a KPI whose key is not among {@code kpiKeys}: at publish,
     * where a misspelt key would pay nothing. Published versions are read again without it, so that
     * switching a KPI off later leaves the plans written before it readable.
     *
     * @param kpiKeys the keys of the KPIs defined now, or null to take any key
     */
    public static Parsed parse(String yaml, int firstLine, java.util.Set<String> kpiKeys) {
        List<PlanProblem> problems = new ArrayList<>();
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(200_000);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? firstLine : e.getProblemMark().getLine() + firstLine;
            return new Parsed(null, List.of(new PlanProblem(line, "This is not valid YAML: " + e.getProblem() + ".")));
        } catch (YAMLException e) {
            return new Parsed(null, List.of(new PlanProblem(firstLine, "This is not valid YAML: " + e.getMessage() + ".")));
        }
        if (root == null) {
            return new Parsed(null, List.of(new PlanProblem(firstLine, "The plan block is empty: give at least a name, a currency and an effective date.")));
        }
        if (!(root instanceof MappingNode)) {
            return new Parsed(null, List.of(new PlanProblem(YamlFields.lineOf(root, firstLine),
                    "Write the plan as fields, one \"name: value\" per line.")));
        }
        YamlFields plan = new YamlFields(root, "the plan", FIELDS, problems, firstLine);
        String name = plan.text("name", true, "Give the plan a name ('name').");
        Currency currency = currency(plan);
        LocalDate effective = plan.date("effective", "the day the plan applies from");
        PayPeriod payPeriod = period(plan, "pay-period", PayPeriod.MONTH);
        BigDecimal base = plan.number("base", ZERO, ZERO, "the base salary per pay period");
        BigDecimal onTarget = plan.has("on-target-variable")
                ? plan.number("on-target-variable", ZERO, ZERO, "the on-target variable pay") : null;
        Commission commission = plan.has("commission") ? commission(plan.node("commission"), problems, firstLine) : null;
        List<KpiBonus> bonuses = new ArrayList<>();
        for (Node node : plan.items("kpi-bonus")) {
            KpiBonus bonus = KpiBonuses.parse(node, payPeriod, kpiKeys, problems, firstLine);
            if (bonus != null) {
                bonuses.add(bonus);
            }
        }
        Ramp ramp = ramp(plan, problems, firstLine);
        List<TeamPool> pools = new ArrayList<>();
        for (Node node : plan.items("team-pool")) {
            TeamPool pool = TeamPools.parse(node, payPeriod, problems, firstLine);
            if (pool != null) {
                pools.add(pool);
            }
        }
        List<Spiff> spiffs = new ArrayList<>();
        for (Node node : plan.items("spiff")) {
            Spiff spiff = Spiffs.parse(node, kpiKeys, problems, firstLine);
            if (spiff != null) {
                spiffs.add(spiff);
            }
        }
        Integer clawback = null;
        if (plan.has("clawback-days")) {
            BigDecimal days = plan.number("clawback-days", BigDecimal.ZERO, BigDecimal.ZERO, "the clawback window in days");
            if (days != null && (days.stripTrailingZeros().scale() > 0 || days.compareTo(BigDecimal.valueOf(3650)) > 0)) {
                plan.problem("clawback-days", "'clawback-days' is a whole number of days from 0 to 3650, not " + days.toPlainString() + ".");
            } else if (days != null) {
                clawback = days.intValueExact();
            }
        }
        if (!problems.isEmpty() || name == null || currency == null || effective == null || base == null) {
            return new Parsed(null, problems);
        }
        Plan parsed = new Plan(name, currency, effective, payPeriod, Money.round(base, currency), onTarget, commission, bonuses, ramp, pools, clawback,
                spiffs);
        if (onTarget != null && Money.round(onTarget, currency).compareTo(parsed.variableAtTarget()) != 0) {
            plan.problem("on-target-variable", "The on-target variable pay is " + Money.format(Money.round(onTarget, currency), currency)
                    + ", but the components pay " + Money.format(parsed.variableAtTarget(), currency)
                    + " a year at 100%: change one of them so that they agree.");
            return new Parsed(null, problems);
        }
        return new Parsed(parsed, problems);
    }

    /** A guarantee or a draw: an amount per pay period for a number of periods from onboarding start. */
    private static Ramp ramp(YamlFields plan, List<PlanProblem> problems, int offset) {
        if (plan.has("guarantee") && plan.has("draw")) {
            plan.problem("draw", "A plan gives a new hire a guarantee or a draw, not both: keep one of them.");
            return null;
        }
        String key = plan.has("guarantee") ? "guarantee" : plan.has("draw") ? "draw" : null;
        if (key == null) {
            return null;
        }
        YamlFields fields = new YamlFields(plan.node(key), "the " + key, List.of("amount", "periods"), problems, offset);
        BigDecimal amount = fields.number("amount", null, ZERO, "the " + key + "'s amount per pay period");
        BigDecimal periods = fields.number("periods", null, BigDecimal.ONE, "the number of pay periods it lasts");
        if (periods != null && (periods.stripTrailingZeros().scale() > 0 || periods.compareTo(BigDecimal.valueOf(36)) > 0)) {
            fields.problem("periods", "'periods' is a whole number of pay periods from 1 to 36, not " + periods.toPlainString() + ".");
            return null;
        }
        return amount == null || periods == null ? null
                : new Ramp("guarantee".equals(key) ? Ramp.Kind.GUARANTEE : Ramp.Kind.DRAW, amount, periods.intValueExact());
    }

    private static Currency currency(YamlFields plan) {
        String code = plan.text("currency", true, "Give the plan's currency as a code such as USD or EUR ('currency').");
        if (code == null) {
            return null;
        }
        try {
            if (code.matches("[A-Za-z]{3}")) {
                return Currency.getInstance(code.toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        plan.problem("currency", "'" + code + "' is not a currency code; use one such as USD, EUR or GBP.");
        return null;
    }

    static PayPeriod period(YamlFields fields, String key, PayPeriod fallback) {
        String raw = fields.text(key, false, "Give '" + key + "' as month or quarter.");
        if (raw == null) {
            return fallback;
        }
        Optional<PayPeriod> period = PayPeriod.ofKey(raw.toLowerCase(Locale.ROOT));
        if (period.isEmpty()) {
            fields.problem(key, "'" + key + "' is month or quarter, not '" + raw + "'.");
        }
        return period.orElse(fallback);
    }

    private static Commission commission(Node node, List<PlanProblem> problems, int offset) {
        YamlFields fields = new YamlFields(node, "the commission", List.of("quota", "attainment", "cap", "tiers"), problems, offset);
        BigDecimal quota = fields.number("quota", null, BigDecimal.ONE, "the plan year's quota");
        String attainment = fields.text("attainment", false, "Give 'attainment' as cumulative or reset.");
        Commission.Attainment mode = Commission.Attainment.CUMULATIVE;
        if ("reset".equals(attainment)) {
            mode = Commission.Attainment.RESET;
        } else if (attainment != null && !"cumulative".equals(attainment)) {
            fields.problem("attainment", "'attainment' is cumulative (over the plan year) or reset (each pay period), not '" + attainment + "'.");
        }
        BigDecimal cap = fields.has("cap") ? fields.number("cap", ZERO, ZERO, "the cap per pay period") : null;
        List<Tier> tiers = tiers(fields, problems, offset);
        return quota == null || tiers.isEmpty() ? null : new Commission(quota, mode, tiers, cap);
    }

    /** Tiers start at 0%, follow each other without gap or overlap, and only the last is open-ended. */
    private static List<Tier> tiers(YamlFields commission, List<PlanProblem> problems, int offset) {
        List<Node> nodes = commission.items("tiers");
        if (nodes.isEmpty()) {
            commission.problem("tiers", "Give the commission's tiers: from, to and rate, in percent of quota.");
            return List.of();
        }
        List<Tier> tiers = new ArrayList<>();
        BigDecimal expected = ZERO;
        for (int i = 0; i < nodes.size(); i++) {
            YamlFields fields = new YamlFields(nodes.get(i), "a tier", List.of("from", "to", "rate", "retroactive", "name"), problems, offset);
            BigDecimal from = fields.number("from", ZERO, ZERO, "a tier's start");
            BigDecimal to = fields.has("to") ? fields.number("to", ZERO, ZERO, "a tier's end") : null;
            BigDecimal rate = fields.number("rate", null, ZERO, "a tier's rate");
            boolean retroactive = fields.flag("retroactive");
            String name = fields.text("name", false, "Give the tier's name as text.");
            if (from == null || rate == null || fields.has("to") && to == null) {
                return List.of();
            }
            if (from.compareTo(expected) != 0) {
                fields.problem("from", i == 0 ? "The first tier starts at 0%, not " + Money.percent(from) + "."
                        : "Tiers follow each other: this one starts at " + Money.percent(from) + ", but the one before ends at "
                                + Money.percent(expected) + (from.compareTo(expected) < 0 ? ", so they overlap." : ", which leaves a gap."));
                return List.of();
            }
            if (to != null && to.compareTo(from) <= 0) {
                fields.problem("to", "A tier ends after it starts: " + Money.percent(to) + " is not above " + Money.percent(from) + ".");
                return List.of();
            }
            if (to == null && i < nodes.size() - 1) {
                fields.problem("from", "Only the last tier may go on without an end ('to').");
                return List.of();
            }
            tiers.add(new Tier(from, to, rate, retroactive, name));
            expected = to;
        }
        return tiers;
    }
}

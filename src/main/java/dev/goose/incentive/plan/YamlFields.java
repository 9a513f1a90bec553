package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the fields of a YAML mapping as a plan needs them, each problem at its line of the playbook
 * file: unknown and repeated fields, a text where a number belongs, a number out of its range.
 */
final class YamlFields {

    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<PlanProblem> problems;
    private final int offset;
    private final int line;

    /** The fields of {@code node}, which must be a mapping; {@code what} names it in messages ("the commission"). */
    YamlFields(Node node, String what, List<String> known, List<PlanProblem> problems, int offset) {
        this.problems = problems;
        this.offset = offset;
        this.line = lineOf(node, offset);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new PlanProblem(line, "Write " + what + " as fields, one \"name: value\" per line."));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
            int at = lineOf(tuple.getKeyNode(), offset);
            if (!known.contains(key)) {
                problems.add(new PlanProblem(at, "Unknown field '" + key + "' in " + what + ". Use " + String.join(", ", known) + "."));
            } else if (values.containsKey(key)) {
                problems.add(new PlanProblem(at, "'" + key + "' comes twice in " + what + "; keep one."));
            } else {
                values.put(key, tuple.getValueNode());
                lines.put(key, at);
            }
        }
    }

    static int lineOf(Node node, int offset) {
        return node.getStartMark().getLine() + offset;
    }

    /** The line of the mapping itself. */
    int line() {
        return line;
    }

    int lineOf(String key) {
        return lines.getOrDefault(key, line);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Node node(String key) {
        return values.get(key);
    }

    void problem(String key, String message) {
        problems.add(new PlanProblem(lineOf(key), message));
    }

    /** A text field; null and a problem when it is required and missing or blank. */
    String text(String key, boolean required, String missing) {
        Node node = values.get(key);
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        if (node != null || required) {
            problems.add(new PlanProblem(lineOf(key), missing));
        }
        return null;
    }

    /**
     * A plain number such as 480000, 6000.00 or 15 (a trailing % is allowed for percents), at least
     * {@code min}; the fallback when the field is absent, and null with a problem when it is wrong.
     */
    BigDecimal number(String key, BigDecimal fallback, BigDecimal min, String what) {
        Node node = values.get(key);
        if (node == null) {
            if (fallback == null) {
                problems.add(new PlanProblem(line, "Give " + what + " ('" + key + "')."));
            }
            return fallback;
        }
        String raw = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        String digits = raw.endsWith("%") ? raw.substring(0, raw.length() - 1).strip() : raw;
        if (!digits.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
            problems.add(new PlanProblem(lineOf(key), "Write " + what + " as a plain number such as 480000 or 12.5, not '" + raw + "'."));
            return null;
        }
        BigDecimal value = new BigDecimal(digits);
        if (value.compareTo(min) < 0) {
            problems.add(new PlanProblem(lineOf(key), what.substring(0, 1).toUpperCase() + what.substring(1) + " cannot be "
                    + (min.signum() == 0 ? "negative" : "below " + min.toPlainString()) + " (it is " + raw + ")."));
            return null;
        }
        return value;
    }

    LocalDate date(String key, String what) {
        String raw = text(key, true, "Give " + what + " as a date such as 2027-01-01 ('" + key + "').");
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            problems.add(new PlanProblem(lineOf(key), "Write " + what + " as a date such as 2027-01-01, not '" + raw + "'."));
            return null;
        }
    }

    boolean flag(String key) {
        Node node = values.get(key);
        if (node == null) {
            return false;
        }
        String raw = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (!raw.equals("true") && !raw.equals("false")) {
            problems.add(new PlanProblem(lineOf(key), "Write '" + key + "' as true or false, not '" + raw + "'."));
        }
        return raw.equals("true");
    }

    /** The items of a list field; a single mapping counts as a list of one. */
    List<Node> items(String key) {
        Node node = values.get(key);
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        return node == null ? List.of() : List.of(node);
    }
}

package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.yaml.snakeyaml.nodes.Node;

/** Reads one entry of a plan's {@code spiff} list; see {@link Spiff} for what it pays. */
final class Spiffs {

    private Spiffs() {
    }

    /** @param kpiKeys the keys of the KPIs defined now, or null to take any key */
    static Spiff parse(Node node, java.util.Set<String> kpiKeys, List<PlanProblem> problems, int offset) {
        int before = problems.size();
        YamlFields fields = new YamlFields(node, "a SPIFF", List.of("name", "from", "to", "each", "pipeline", "stage", "kpi", "amount", "per-person",
                "budget"), problems, offset);
        String name = fields.text("name", true, "Give the SPIFF a name ('name').");
        LocalDate from = fields.date("from", "the SPIFF's first day");
        LocalDate to = fields.date("to", "the SPIFF's last day");
        String each = fields.text("each", true, "Say what the SPIFF pays for ('each'): deal-won, stage or kpi.");
        Spiff.Event event = "deal-won".equals(each) ? Spiff.Event.DEAL_WON : "stage".equals(each) ? Spiff.Event.STAGE
                : "kpi".equals(each) ? Spiff.Event.KPI : null;
        if (each != null && event == null) {
            fields.problem("each", "'each' is deal-won (each deal won, in a 'pipeline' or any), stage (each deal entering a 'stage') or kpi"
                    + " (each unit of a 'kpi' recorded, such as each demo held), not '" + each + "'.");
        }
        String qualifier = null;
        if (event == Spiff.Event.STAGE) {
            qualifier = fields.text("stage", true, "Name the stage by its key ('stage'), such as demo.");
        } else if (event == Spiff.Event.DEAL_WON) {
            qualifier = fields.text("pipeline", false, "Name the pipeline by its key ('pipeline').");
        } else if (event == Spiff.Event.KPI) {
            qualifier = fields.text("kpi", true, "Name the activity KPI by its key ('kpi'), such as demos-held.");
            if (qualifier != null) {
                KpiBonuses.unknown(qualifier, kpiKeys).ifPresent(p -> fields.problem("kpi", p));
            }
        }
        if (event != Spiff.Event.KPI && fields.has("kpi")) {
            fields.problem("kpi", "Only a SPIFF with each: kpi names a KPI.");
        }
        if (event == Spiff.Event.KPI && (fields.has("pipeline") || fields.has("stage"))) {
            fields.problem(fields.has("pipeline") ? "pipeline" : "stage", "A SPIFF on a KPI counts what is recorded for it: leave '"
                    + (fields.has("pipeline") ? "pipeline" : "stage") + "' out.");
        }
        if (event == Spiff.Event.STAGE && fields.has("pipeline") || event == Spiff.Event.DEAL_WON && fields.has("stage")) {
            fields.problem(event == Spiff.Event.STAGE ? "pipeline" : "stage", event == Spiff.Event.STAGE
                    ? "A SPIFF on a stage counts deals entering it in any pipeline: leave 'pipeline' out."
                    : "A SPIFF on deals won counts them when won: leave 'stage' out, or use each: stage.");
        }
        BigDecimal amount = fields.number("amount", null, new BigDecimal("0.01"), "the SPIFF's amount for each event");
        BigDecimal perPerson = fields.has("per-person") ? fields.number("per-person", null, new BigDecimal("0.01"), "the most a person earns") : null;
        BigDecimal budget = fields.has("budget") ? fields.number("budget", null, new BigDecimal("0.01"), "the SPIFF's budget for everyone") : null;
        if (from != null && to != null && to.isBefore(from)) {
            fields.problem("to", "A SPIFF ends on or after its first day: " + to + " is before " + from + ".");
        }
        if (problems.size() > before || name == null || from == null || to == null || event == null || amount == null) {
            return null;
        }
        return new Spiff(name, from, to, event, qualifier, amount, perPerson, budget);
    }
}

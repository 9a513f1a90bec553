package dev.goose.incentive.plan;

import java.util.List;

import dev.goose.playbook.markdown.FencedBlock;
import dev.goose.playbook.markdown.ParseProblem;

/** The {@code plan} block of a playbook: read by {@link PlanParser}, shown by {@link PlanMarkdown}. */
public class PlanBlock implements FencedBlock {

    public static final String INFO = "plan";

    private final java.util.function.Supplier<java.util.Set<String>> kpiKeys;

    /** A block that takes any KPI key, for reading plans where no KPIs are defined. */
    public PlanBlock() {
        this(() -> null);
    }

    /** @param kpiKeys the keys of the KPIs defined when the block is read; a plan naming another is refused */
    public PlanBlock(java.util.function.Supplier<java.util.Set<String>> kpiKeys) {
        this.kpiKeys = kpiKeys;
    }

    @Override
    public String info() {
        return INFO;
    }

    /** A rep is paid by one plan at a time, and an assignment names the playbook that holds it. */
    @Override
    public boolean oncePerPlaybook() {
        return true;
    }

    @Override
    public Replacement read(String content, int firstLine) {
        PlanParser.Parsed parsed = PlanParser.parse(content, firstLine, kpiKeys.get());
        if (!parsed.ok()) {
            return new Replacement(null, parsed.problems().stream().map(p -> new ParseProblem(p.line(), p.message())).toList());
        }
        return new Replacement(shown(parsed.plan()), List.of());
    }

    /** What the page shows in the block's place: the plan's tables, to which a drawing may be added. */
    protected String shown(Plan plan) {
        return PlanMarkdown.of(plan);
    }
}

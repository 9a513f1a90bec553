package dev.goose.incentive.plan;

import java.util.List;

import dev.goose.playbook.markdown.FencedBlock;
import dev.goose.playbook.markdown.ParseProblem;

/** The {@code plan} block of a playbook: read by {@link PlanParser}, shown by {@link PlanMarkdown}. */
public class PlanBlock implements FencedBlock {

    public static final String INFO = "plan";

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
        PlanParser.Parsed parsed = PlanParser.parse(content, firstLine);
        if (!parsed.ok()) {
            return new Replacement(null, parsed.problems().stream().map(p -> new ParseProblem(p.line(), p.message())).toList());
        }
        return new Replacement(PlanMarkdown.of(parsed.plan()), List.of());
    }
}

package dev.goose.playbook.markdown;

import java.util.List;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;

/** Markdown that cannot become a version; every problem names its line. Nothing is stored. */
public class InvalidPlaybook extends InvalidInput {

    private final List<ParseProblem> problems;

    public InvalidPlaybook(List<ParseProblem> problems) {
        super(problems.stream().map(p -> new FieldError("markdown", p.toString())).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ParseProblem> problems() {
        return problems;
    }
}

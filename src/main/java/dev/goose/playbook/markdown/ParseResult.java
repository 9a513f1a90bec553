package dev.goose.playbook.markdown;

import java.util.List;

/** A parsed playbook, or the problems that stop it from being one; warnings never stop it. */
public record ParseResult(ParsedPlaybook playbook, List<ParseProblem> errors, List<ParseProblem> warnings) {

    public boolean ok() {
        return errors.isEmpty();
    }
}

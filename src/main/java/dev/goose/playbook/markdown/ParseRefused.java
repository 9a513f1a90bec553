package dev.goose.playbook.markdown;

import java.util.List;

/**
 * A playbook Goose refuses to read at all, because reading it would cost more than any playbook
 * should: nested too deep, too many items, or taking too long. Says where the limit was hit.
 */
public class ParseRefused extends InvalidPlaybook {

    ParseRefused(int line, String message) {
        super(List.of(new ParseProblem(line, message)));
    }
}

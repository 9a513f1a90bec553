package dev.goose.playbook.markdown;

/** Something wrong in a playbook's source, at a line (1-based; 0 when it concerns the whole file). */
public record ParseProblem(int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}

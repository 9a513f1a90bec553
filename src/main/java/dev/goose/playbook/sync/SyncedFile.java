package dev.goose.playbook.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import dev.goose.playbook.markdown.ParseProblem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One file of the playbook folder as the last sync found it, with its warnings and errors. The
 * problems of a file stay until its bytes change: an unchanged file is not parsed again.
 */
@Entity
@Table(name = "playbook_sync_file")
class SyncedFile extends PanacheEntityBase {

    static final int MAX_PATH = 500;

    @Id
    @Column(length = MAX_PATH)
    public String path;

    @Convert(converter = SyncOutcome.Column.class)
    @Column(nullable = false, length = 12)
    public SyncOutcome outcome;

    @Column(length = 64)
    public String sha256;

    @Column(length = 500)
    public String reason;

    /** When the sync first saw the bytes it has now: the problems are as old as that. */
    @Column(name = "content_since", nullable = false)
    public Instant since;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    // One query loads the problems of every file listed, not one query per file.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "playbook_sync_problem", joinColumns = @JoinColumn(name = "path"))
    @OrderColumn(name = "problem_index")
    public List<Problem> problems = new ArrayList<>();

    /** A warning or an error at a line of the file (0: the whole file). */
    @Embeddable
    public static class Problem {

        static final String ERROR = "error";
        static final String WARNING = "warning";

        @Column(nullable = false, length = 10)
        public String severity;

        @Column(name = "line_number", nullable = false)
        public int line;

        @Column(nullable = false, length = 2000)
        public String message;

        Problem() {
        }

        Problem(String severity, ParseProblem problem) {
            this.severity = severity;
            this.line = problem.line();
            this.message = problem.message().length() > 2000 ? problem.message().substring(0, 1999) + "…" : problem.message();
        }

        ParseProblem toParseProblem() {
            return new ParseProblem(line, message);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Problem p && p.line == line && p.severity.equals(severity) && p.message.equals(message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(severity, line, message);
        }
    }

    /** Takes what this sync found; the problems are rewritten only when they differ. */
    void record(FileOutcome outcome, Instant now) {
        if (since == null || !Objects.equals(sha256, outcome.sha256())) {
            since = now;
        }
        this.outcome = outcome.outcome();
        this.sha256 = outcome.sha256();
        this.reason = outcome.reason() == null || outcome.reason().length() <= 500 ? outcome.reason()
                : outcome.reason().substring(0, 499) + "…";
        this.checkedAt = now;
        List<Problem> found = new ArrayList<>();
        outcome.errors().forEach(e -> found.add(new Problem(Problem.ERROR, e)));
        outcome.warnings().forEach(w -> found.add(new Problem(Problem.WARNING, w)));
        if (!found.equals(problems)) {
            problems.clear();
            problems.addAll(found);
        }
    }

    List<ParseProblem> errors() {
        return problems.stream().filter(p -> p.severity.equals(Problem.ERROR)).map(Problem::toParseProblem).toList();
    }

    List<ParseProblem> warnings() {
        return problems.stream().filter(p -> p.severity.equals(Problem.WARNING)).map(Problem::toParseProblem).toList();
    }
}

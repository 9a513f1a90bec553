package dev.goose.imports;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One import running as a job: who started it, how many rows it has written, and how it ended. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String FAILED = "failed";

    @Id
    public String id;

    /** What is imported, "deals" or "measurements": it says where the page leads back to. */
    @Column(nullable = false, length = 20)
    public String kind;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(nullable = false, length = 10)
    public String state = RUNNING;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "done_rows", nullable = false)
    public int doneRows;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    /** Why it failed, or a line about what it did. */
    @Column(length = 4000)
    public String message;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** When progress was last written: a running job untouched for long died with its node. */
    @Column(name = "touched_at", nullable = false)
    public Instant touchedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}

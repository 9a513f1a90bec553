package dev.goose.reminders;

import java.time.Instant;
import java.time.LocalDate;

import dev.goose.cluster.AppLock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The day's digest, claimed by the one node that sends it. */
@Entity
@Table(name = "reminder_digest")
public class DigestRun extends PanacheEntityBase {

    @Id
    @Column(name = "run_on")
    public LocalDate day;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** How many emails went out; null while sending, or when the node stopped before it finished. */
    @Column(name = "sent")
    public Integer sent;

    /**
     * Claims the day for this node, inside the caller's transaction. Nodes ask one at a time under the
     * digest lock, so exactly one gets true; the others find the day taken and send nothing.
     */
    static boolean claim(LocalDate day, Instant now) {
        AppLock.acquire(AppLock.REMINDER_DIGEST);
        if (findById(day) != null) {
            return false;
        }
        DigestRun run = new DigestRun();
        run.day = day;
        run.startedAt = now;
        run.persist();
        return true;
    }
}

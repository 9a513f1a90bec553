package dev.goose.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.jboss.logging.Logger;

import dev.goose.errors.DomainException;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Runs imports as jobs, so that the page that started one can follow it. The work keeps its own
 * single transaction, all rows or none; progress is written beside it in short transactions of
 * its own, which the page reads from any node. Two run at a time: more would only share the cores.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    /** Longer than any import's transaction may last: a job untouched for this long has died with its node. */
    static final Duration ABANDONED = Duration.ofMinutes(15);

    /** How long the record of a finished job is kept. */
    static final Duration KEPT = Duration.ofDays(30);

    /** The work of a job, told how to report the rows written so far. */
    @FunctionalInterface
    public interface Work {
        Outcome run(IntConsumer progress);
    }

    /** How a job ended: counts, or why nothing was saved (null when it was). */
    public record Outcome(int created, int updated, String failure) {
    }

    /** A job as its page shows it. */
    public record JobView(String id, String kind, boolean running, boolean failed, int total, int done, int created, int updated,
            String message) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100L / total);
        }
    }

    @Inject
    Clock clock;

    private ExecutorService executor;


    @PostConstruct
    void init() {
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "goose-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    /** Records a job of so many rows for a person and starts it; its id names the page that follows it. */
    public String start(String kind, Long personId, int totalRows, Work work) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob.delete("startedAt < ?1", now.minus(KEPT)); // a record is only for following the job
            ImportJob job = new ImportJob();
            job.id = id;
            job.kind = kind;
            job.personId = personId;
            job.totalRows = totalRows;
            job.startedAt = now;
            job.touchedAt = now;
            job.persist();
        });
        executor.execute(() -> run(id, work));
        return id;
    }

    private void run(String id, Work work) {
        Outcome outcome;
        try {
            outcome = work.run(done -> progress(id, done));
        } catch (InvalidInput e) {
            outcome = new Outcome(0, 0, e.errors().stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "\n" + b)
                    .orElse(e.getMessage()));
        } catch (DomainException e) {
            outcome = new Outcome(0, 0, e.getMessage()); // a public message, such as a clash with another import
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", id);
            outcome = new Outcome(0, 0, "The import failed, so nothing was saved. Try again; if it fails again, tell an admin.");
        }
        finish(id, outcome);
    }

    private void progress(String id, int done) {
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("doneRows = ?1, touchedAt = ?2 where id = ?3", done,
                clock.instant(), id));
    }

    private void finish(String id, Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.state = outcome.failure() == null ? ImportJob.DONE : ImportJob.FAILED;
            job.created = outcome.created();
            job.updated = outcome.updated();
            job.doneRows = outcome.failure() == null ? job.totalRows : 0;
            job.message = outcome.failure() == null ? null : cut(outcome.failure());
            job.finishedAt = clock.instant();
            job.touchedAt = job.finishedAt;
        });
    }

    /** A job of this person; anyone else's is not found. */
    public JobView view(String id, Long personId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            ImportJob job = id == null ? null : ImportJob.findById(id);
            if (job == null || !job.personId.equals(personId)) {
                throw new NotFound("The import");
            }
            boolean abandoned = ImportJob.RUNNING.equals(job.state) && job.touchedAt.plus(ABANDONED).isBefore(clock.instant());
            if (abandoned) {
                return new JobView(job.id, job.kind, false, true, job.totalRows, 0, 0, 0,
                        "The import stopped before it finished, so nothing was saved. Import the file again.");
            }
            return new JobView(job.id, job.kind, ImportJob.RUNNING.equals(job.state), ImportJob.FAILED.equals(job.state),
                    job.totalRows, job.doneRows, job.created, job.updated, job.message);
        });
    }

    private static String cut(String text) {
        return text.length() > 4000 ? text.substring(0, 3997) + "..." : text;
    }
}

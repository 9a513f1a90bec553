package dev.goose.cache;

import java.util.function.Supplier;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Serves a read on the I/O thread that received the request when everything it needs is cached,
 * and on a worker thread when it is not. Whatever reaches the database inside the attempt (through
 * a read cache, Hibernate or a pooled connection) ends it, so no read can block the event loop.
 * Handing a request to a worker costs about as much as serving a cached read, so the hottest reads
 * (a stage's script in a call) skip it when they can.
 */
@ApplicationScoped
public class FromMemory {

    private static final ThreadLocal<Boolean> ONLY = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> RERUN = new ThreadLocal<>();

    /** Thrown inside a memory-only attempt at the first thing that is not cached; it carries no stack. */
    static final class NotInMemory extends RuntimeException {
        private static final NotInMemory INSTANCE = new NotInMemory();

        private NotInMemory() {
            super("not in memory", null, false, false);
        }
    }

    @Inject
    ManagedExecutor workers;

    /** The read's result: from memory at once, or else read again on a worker thread. */
    public <T> Uni<T> read(Supplier<T> read) {
        T value;
        ONLY.set(Boolean.TRUE);
        try {
            value = read.get();
        } catch (RuntimeException failure) {
            if (missed(failure)) {
                return Uni.createFrom().item(() -> rerun(read)).runSubscriptionOn(workers);
            }
            return Uni.createFrom().failure(failure);
        } finally {
            ONLY.remove();
        }
        return Uni.createFrom().item(value);
    }

    /**
     * A miss may arrive wrapped, for example by a template that was rendering when it happened. Quarkus
     * refuses an EntityManager call on an I/O thread before it reaches the database: that is a read
     * which bypassed the caches, and it is served on a worker like any other miss.
     */
    private static boolean missed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotInMemory || cause instanceof BlockingOperationNotAllowedException) {
                return true;
            }
        }
        return false;
    }

    private static <T> T rerun(Supplier<T> read) {
        RERUN.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            RERUN.remove();
        }
    }

    /**
     * Whether this thread is reading again, on a worker, what missed memory on the I/O thread: the
     * miss may have been a cache entry it took to read again ahead of its end, which it now reads.
     */
    static boolean rerunAfterMiss() {
        return RERUN.get() != null;
    }

    /** Called where a read would leave memory: inside a memory-only attempt, that attempt gives up. */
    public static void leavingMemory() {
        if (ONLY.get() != null) {
            throw NotInMemory.INSTANCE;
        }
    }
}

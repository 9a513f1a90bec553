package dev.goose.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the other nodes on the same PostgreSQL which regions a commit changed, with LISTEN/NOTIFY,
 * so that their caches are as fresh as this node's. H2 runs embedded in one node: nothing to tell.
 * While the listening connection is down, every cache is treated as stale on reconnecting.
 */
@ApplicationScoped
class CacheBus {

    private static final Logger LOG = Logger.getLogger(CacheBus.class);
    static final String CHANNEL = "goose_cache";

    private final String node = UUID.randomUUID().toString();

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Writes writes;

    private volatile boolean running;
    private ExecutorService sender;
    private volatile Connection listening;

    void start(@Observes StartupEvent event) {
        if (!"postgresql".equals(dbKind)) {
            return;
        }
        running = true;
        sender = Executors.newSingleThreadExecutor(r -> daemon(r, "goose-cache-notify"));
        daemon(this::listen, "goose-cache-listen").start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (sender != null) {
            sender.shutdown();
            try {
                Connection connection = listening;
                if (connection != null) {
                    connection.close(); // before the pool closes it under our feet
                }
            } catch (SQLException e) {
                LOG.debugf("Closing the listening connection: %s", e.getMessage());
            }
        }
    }

    /** Sends what a commit on this node changed; it runs after the commit, outside any transaction. */
    void tell(@Observes Writes.Committed committed) {
        if (!running) {
            return;
        }
        String payload = node + ":" + committed.regions().stream().map(Region::name).collect(Collectors.joining(","));
        sender.execute(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload);
                notify.execute();
            } catch (SQLException e) {
                LOG.warnf("Could not tell other nodes about a change (%s); their caches expire on their own", e.getMessage());
            }
        });
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                writes.advance(EnumSet.allOf(Region.class)); // whatever happened while not listening
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1_000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Listening for changes on other nodes failed (%s); retrying", e.getMessage());
                    writes.advance(EnumSet.allOf(Region.class));
                    pause();
                }
            }
        }
    }

    void receive(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0 || payload.substring(0, colon).equals(node)) {
            return;
        }
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (String name : payload.substring(colon + 1).split(",")) {
            try {
                regions.add(Region.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                regions.addAll(EnumSet.allOf(Region.class)); // a newer node: be safe
            }
        }
        writes.advance(regions);
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}

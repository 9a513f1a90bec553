package dev.goose.cache;

import java.sql.Connection;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The same guard as {@link MemoryOnlyStatements} for JDBC used without Hibernate: a connection taken
 * from the pool inside a memory-only read is given back at once (the pool returns it when an
 * interceptor fails) and the read moves to a worker thread.
 */
@ApplicationScoped
class MemoryOnlyConnections implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        FromMemory.leavingMemory();
    }
}

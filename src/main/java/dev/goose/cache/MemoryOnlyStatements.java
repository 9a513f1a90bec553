package dev.goose.cache;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sees every statement Hibernate prepares, before it takes a connection: inside a memory-only read
 * (on the I/O thread) a Panache call or an EntityManager query that bypassed the read caches gives up
 * there, and {@link FromMemory} serves the request on a worker thread instead of blocking the event
 * loop. So a missed hand-off cannot be written by mistake.
 */
@PersistenceUnitExtension
@ApplicationScoped
class MemoryOnlyStatements implements StatementInspector {

    @Override
    public String inspect(String sql) {
        FromMemory.leavingMemory();
        return sql;
    }
}

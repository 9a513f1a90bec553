package dev.goose.cache;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Memory-only reads written the wrong way, reaching the database without a read cache: for FromMemoryTest. */
@Path("/api/test/direct-reads")
@PermitAll
public class DirectReads {

    @Inject
    FromMemory memory;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @GET
    @Operation(hidden = true) // a test-only endpoint: not part of the published API
    @Path("hibernate")
    public Uni<String> throughHibernate() {
        return memory.read(() -> QuarkusTransaction.joiningExisting()
                .call(() -> entityManager.createNativeQuery("select 42").getSingleResult()) + " " + thread());
    }

    @GET
    @Operation(hidden = true) // a test-only endpoint: not part of the published API
    @Path("jdbc")
    public Uni<String> throughJdbc() {
        return memory.read(() -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select 7")) {
                row.next();
                return row.getInt(1) + " " + thread();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String thread() {
        return Context.isOnEventLoopThread() ? "on the event loop" : "on a worker";
    }
}

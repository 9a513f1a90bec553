package dev.goose.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A memory-only read that reaches the database without a read cache is still answered, on a worker thread. */
@QuarkusTest
class FromMemoryTest {

    @Test
    void aHibernateQueryInsideAMemoryOnlyReadMovesTheReadToAWorker() {
        given().get("/api/test/direct-reads/hibernate").then().statusCode(200).body(equalTo("42 on a worker"));
    }

    @Test
    void aPlainJdbcConnectionInsideAMemoryOnlyReadMovesTheReadToAWorker() {
        given().get("/api/test/direct-reads/jdbc").then().statusCode(200).body(equalTo("7 on a worker"));
    }
}

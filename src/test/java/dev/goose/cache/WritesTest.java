package dev.goose.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.signin.SignInService;
import dev.goose.testing.TestPeople;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Committed writes, and only those, make caches stale: on this node, and through PostgreSQL on the others. */
@QuarkusTest
class WritesTest {

    private static final Set<Region> PEOPLE = Set.of(Region.PEOPLE);

    @Inject
    Writes writes;

    @Inject
    Caches caches;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SignInService signIn;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void aChangeFoundByDirtyCheckingMovesTheGenerationWhenItCommitsAndNotBefore() {
        Person person = TestPeople.aRep().create();
        long before = writes.stamp(PEOPLE);
        QuarkusTransaction.requiringNew().run(() -> {
            Person.<Person>findById(person.id).name = "Renamed " + person.id;
            Person.getEntityManager().flush();
            assertThat(writes.pendingIn(PEOPLE)).isTrue();
            assertThat(writes.stamp(PEOPLE)).isEqualTo(before);
        });
        assertThat(writes.stamp(PEOPLE)).isGreaterThan(before);
        assertThat(writes.pendingIn(PEOPLE)).isFalse();
    }

    @Test
    void aChangeFoundOnlyWhenTheCommitFlushesCountsToo() {
        Person person = TestPeople.aRep().create();
        long before = writes.stamp(PEOPLE);
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(person.id).name = "Flushed at commit " + person.id);
        assertThat(writes.stamp(PEOPLE)).isGreaterThan(before);
    }

    @Test
    void aRolledBackWriteAndAWriteNoCacheReadsLeaveTheGenerationsAlone() {
        Person person = TestPeople.aRep().create();
        long before = writes.stamp(Set.of(Region.values()));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Person.<Person>findById(person.id).name = "Never " + person.id;
            Person.getEntityManager().flush();
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        signIn.startSession(person.id); // sessions are written on every sign-in and read by no cache
        assertThat(writes.stamp(Set.of(Region.values()))).isEqualTo(before);
    }

    @Test
    void aCacheServesFromMemoryUntilItsRegionChangesAndBypassesItselfInAWritingTransaction() {
        ReadCache<String, String> cache = caches.of("test", 10, Region.PEOPLE);
        int[] loads = { 0 };
        assertThat(cache.get("k", () -> "v" + ++loads[0])).isEqualTo("v1");
        assertThat(cache.get("k", () -> "v" + ++loads[0])).isEqualTo("v1");
        Person person = TestPeople.aRep().create();
        assertThat(cache.get("k", () -> "v" + ++loads[0])).isEqualTo("v2");
        QuarkusTransaction.requiringNew().run(() -> {
            Person.<Person>findById(person.id).name = "Inside " + person.id;
            Person.getEntityManager().flush();
            assertThat(cache.get("k", () -> "in transaction")).isEqualTo("in transaction");
        });
        assertThat(cache.get("k", () -> "v" + ++loads[0])).isEqualTo("v3");
    }

    @Test
    void aValueReadWhileAWriteCommitsIsNotKeptAsFresh() {
        ReadCache<String, String> cache = caches.of("test", 10, Region.PEOPLE);
        Person person = TestPeople.aRep().create();
        long stamp = cache.stamp();
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(person.id).name = "Meanwhile " + person.id);
        cache.put("k", stamp, "read before the commit");
        assertThat(cache.cached("k")).isNull();
    }

    @Test
    void onPostgresqlAnotherNodesCommitMakesThisNodesCachesStale() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(dbKind), "H2 is embedded in one node");
        long before = writes.stamp(Set.of(Region.DEALS));
        try (var connection = dataSource.getConnection(); var notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CacheBus.CHANNEL);
            notify.setString(2, "another-node:DEALS");
            notify.execute();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (writes.stamp(Set.of(Region.DEALS)) == before && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(writes.stamp(Set.of(Region.DEALS))).isGreaterThan(before);
    }
}

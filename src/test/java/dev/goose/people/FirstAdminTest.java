package dev.goose.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class FirstAdminTest {

    @Inject
    Startup startup;

    @Test
    void anEmptyInstallationGetsItsFirstAdminFromTheEnvironmentOnly() {
        // Empties the database inside a transaction that is rolled back, so other tests keep their data.
        QuarkusTransaction.begin();
        try {
            Team.update("manager = null");
            Person.update("manager = null, team = null");
            Person.getEntityManager().createQuery("delete from SignInSession").executeUpdate();
            Team.deleteAll();
            Person.deleteAll();

            assertThat(startup.createFirstAdmin("", "")).isFalse();
            assertThat(startup.createFirstAdmin("Boss@Example.com", "short")).isFalse();
            assertThat(Person.count()).isZero();

            assertThat(startup.createFirstAdmin("Boss@Example.com", "a strong first password")).isTrue();
            Person admin = Person.byEmail("boss@example.com").orElseThrow();
            assertThat(admin.role).isEqualTo(Role.ADMIN);
            assertThat(Passwords.matches("a strong first password", admin.passwordHash)).isTrue();

            assertThat(startup.createFirstAdmin("other@example.com", "another strong password")).isFalse();
            assertThat(Person.count()).isEqualTo(1);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}

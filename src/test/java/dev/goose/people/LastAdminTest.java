package dev.goose.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.goose.errors.InvalidInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.AttributeType;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;

@QuarkusTest
class LastAdminTest {

    static final long ONLY_ADMIN = 900_000_001L;

    @Inject
    PeopleService people;

    @Test
    @TestSecurity(user = "only.admin@test.goose", roles = "admin",
            attributes = @SecurityAttribute(key = CurrentPerson.ID_ATTRIBUTE, value = "900000001", type = AttributeType.LONG))
    void theLastActiveAdminCannotStopBeingAdmin() {
        // Leaves exactly one admin inside a transaction that is rolled back, so other tests keep their data.
        QuarkusTransaction.begin();
        try {
            Person.update("role = ?1 where role = ?2", Role.MANAGER, Role.ADMIN);
            Person.getEntityManager().createNativeQuery("insert into person (id, name, email, role, active, failed_sign_ins,"
                    + " created_at) values (" + ONLY_ADMIN + ", 'Only Admin', 'only.admin@test.goose', 'admin', true, 0,"
                    + " current_timestamp)").executeUpdate();

            assertThatThrownBy(() -> people.update(ONLY_ADMIN,
                    new PersonRequest("Only Admin", "only.admin@test.goose", "manager", null, null, null, null)))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).byField()).containsKey("role"));

            assertThat(people.update(ONLY_ADMIN,
                    new PersonRequest("Only Admin, renamed", "only.admin@test.goose", "admin", null, null, null, null)).name())
                    .isEqualTo("Only Admin, renamed");
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}

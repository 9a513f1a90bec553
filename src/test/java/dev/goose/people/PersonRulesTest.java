package dev.goose.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PersonRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Period NEW_HIRE = Period.ofDays(90);

    private static Person rep(LocalDate hired) {
        Person person = new Person();
        person.role = Role.REP;
        person.hireDate = hired;
        return person;
    }

    @Test
    void aRepHiredThisWeekIsANewHire() {
        assertThat(rep(TODAY.minusDays(2)).isNewHire(TODAY, NEW_HIRE)).isTrue();
        assertThat(rep(TODAY).isNewHire(TODAY, NEW_HIRE)).isTrue();
    }

    @Test
    void aRepHiredLongAgoOrNotYetIsNotANewHire() {
        assertThat(rep(TODAY.minusDays(90)).isNewHire(TODAY, NEW_HIRE)).isFalse();
        assertThat(rep(TODAY.plusDays(3)).isNewHire(TODAY, NEW_HIRE)).isFalse();
        assertThat(rep(null).isNewHire(TODAY, NEW_HIRE)).isFalse();
    }

    @Test
    void managersAreNeverNewHires() {
        Person manager = rep(TODAY);
        manager.role = Role.MANAGER;
        assertThat(manager.isNewHire(TODAY, NEW_HIRE)).isFalse();
    }

    @Test
    void theAccountLocksOnTheFailureThatReachesTheLimit() {
        Person person = rep(TODAY);
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            person.recordFailedSignIn(now, 5, Duration.ofMinutes(15));
            assertThat(person.isLockedAt(now)).isFalse();
        }
        person.recordFailedSignIn(now, 5, Duration.ofMinutes(15));
        assertThat(person.isLockedAt(now)).isTrue();
        assertThat(person.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsFailuresAndLock() {
        Person person = rep(TODAY);
        Instant now = Instant.now();
        person.recordFailedSignIn(now, 5, Duration.ofMinutes(15));
        person.recordFailedSignIn(now, 5, Duration.ofMinutes(15));
        assertThat(person.failedSignIns).isEqualTo(2);
        person.recordSuccessfulSignIn();
        assertThat(person.failedSignIns).isZero();

        person.recordFailedSignIn(now, 1, Duration.ofMinutes(15));
        assertThat(person.isLockedAt(now)).isTrue();
        person.recordSuccessfulSignIn();
        assertThat(person.isLockedAt(now)).isFalse();
    }

    @Test
    void emailsAreComparedWithoutCaseOrSurroundingSpace() {
        assertThat(Person.normalizeEmail("  Ada.Admin@Example.COM ")).isEqualTo("ada.admin@example.com");
    }

    @Test
    void rolesAreReadByTheirKeyInAnyCase() {
        assertThat(Role.fromKey("Manager")).contains(Role.MANAGER);
        assertThat(Role.fromKey(" rep ")).contains(Role.REP);
        assertThat(Role.fromKey("boss")).isEmpty();
        assertThat(Role.fromKey(null)).isEmpty();
    }
}

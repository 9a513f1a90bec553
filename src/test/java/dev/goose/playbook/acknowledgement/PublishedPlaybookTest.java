package dev.goose.playbook.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Role;
import dev.goose.playbook.acknowledgement.AcknowledgementDue.PublishedVersion;

@Tag("unit")
class PublishedPlaybookTest {

    private static PublishedPlaybook playbook(Set<Role> audience, PublishedVersion... versions) {
        return new PublishedPlaybook(1L, "p", "P", versions.length, audience, List.of(versions));
    }

    private static PublishedVersion major(int number) {
        return new PublishedVersion(number, true);
    }

    private static PublishedVersion minor(int number) {
        return new PublishedVersion(number, false);
    }

    @Test
    void anEmptyAudienceMeansEveryone() {
        PublishedPlaybook forAll = playbook(Set.of(), minor(1));
        for (Role role : Role.values()) {
            assertThat(forAll.isFor(role)).isTrue();
            assertThat(forAll.dueFor(role, null).required()).isTrue();
        }
    }

    @Test
    void onlyTheNamedRolesMustReadIt() {
        PublishedPlaybook forReps = playbook(Set.of(Role.REP), minor(1));
        assertThat(forReps.dueFor(Role.REP, null).required()).isTrue();
        assertThat(forReps.dueFor(Role.MANAGER, null).required()).isFalse();
        assertThat(forReps.dueFor(Role.ADMIN, null).required()).isFalse();
    }

    @Test
    void someoneOutsideTheAudienceWhoReadItAnywayStillGetsTheVersionToDiffFrom() {
        PublishedPlaybook forReps = playbook(Set.of(Role.REP), minor(1), major(2));
        assertThat(forReps.dueFor(Role.MANAGER, 1)).isEqualTo(new AcknowledgementDue(false, 1));
        assertThat(forReps.dueFor(Role.REP, 1)).isEqualTo(new AcknowledgementDue(true, 1));
    }

    @Test
    void aMinorVersionResetsNobodyAndAMajorOneResetsEveryone() {
        assertThat(playbook(Set.of(), minor(1), minor(2)).dueFor(Role.REP, 1).required()).isFalse();
        assertThat(playbook(Set.of(), minor(1), minor(2), major(3)).dueFor(Role.REP, 1).required()).isTrue();
        assertThat(playbook(Set.of(), minor(1), major(2), minor(3)).dueFor(Role.REP, 2).required()).isFalse();
    }

    @Test
    void theStoredAudienceIsReadAsRolesIgnoringWhatIsNotOne() {
        assertThat(PublishedPlaybook.audienceOf("rep,manager")).containsExactlyInAnyOrder(Role.REP, Role.MANAGER);
        assertThat(PublishedPlaybook.audienceOf("")).isEmpty();
        assertThat(PublishedPlaybook.audienceOf(null)).isEmpty();
        assertThat(PublishedPlaybook.audienceOf("rep,intern")).containsExactly(Role.REP);
    }

    @Test
    void itKnowsWhetherItsCurrentVersionWasMarkedMajor() {
        assertThat(playbook(Set.of(), minor(1), major(2)).currentIsMajor()).isTrue();
        assertThat(playbook(Set.of(), major(1), minor(2)).currentIsMajor()).isFalse();
    }
}

package dev.goose.playbook.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.playbook.acknowledgement.AcknowledgementDue.PublishedVersion;

@Tag("unit")
class AcknowledgementDueTest {

    private static PublishedVersion major(int number) {
        return new PublishedVersion(number, true);
    }

    private static PublishedVersion minor(int number) {
        return new PublishedVersion(number, false);
    }

    @Test
    void someoneWhoNeverAcknowledgedMustAcknowledgeTheCurrentVersionAndReadItWhole() {
        assertThat(AcknowledgementDue.of(null, List.of(major(1), minor(2)), 2)).isEqualTo(new AcknowledgementDue(true, null));
        assertThat(AcknowledgementDue.of(null, List.of(major(1)), 1)).isEqualTo(new AcknowledgementDue(true, null));
    }

    @Test
    void someoneWhoAcknowledgedTheCurrentVersionHasNothingToDo() {
        assertThat(AcknowledgementDue.of(2, List.of(major(1), major(2)), 2)).isEqualTo(new AcknowledgementDue(false, null));
    }

    @Test
    void aMinorVersionResetsNobodyButItsChangesCanStillBeShown() {
        assertThat(AcknowledgementDue.of(1, List.of(major(1), minor(2)), 2)).isEqualTo(new AcknowledgementDue(false, 1));
    }

    @Test
    void aMajorVersionAsksAgainWithTheDiffSinceTheLastAcknowledgedOneEvenAcrossMinorOnes() {
        List<PublishedVersion> versions = List.of(major(1), major(2), minor(3));
        assertThat(AcknowledgementDue.of(1, versions, 3)).isEqualTo(new AcknowledgementDue(true, 1));
        assertThat(AcknowledgementDue.of(2, versions, 3)).isEqualTo(new AcknowledgementDue(false, 2));
    }

    @Test
    void aMajorVersionAfterTheCurrentOneDoesNotCount() {
        assertThat(AcknowledgementDue.of(1, List.of(major(3), minor(2), major(1)), 2))
                .isEqualTo(new AcknowledgementDue(false, 1));
    }

    @Test
    void theNewHireReadsTheMajorVersionsDiffAndIsThenUpToDateThroughMinorOnes() {
        List<PublishedVersion> v2 = List.of(major(1), major(2));
        AcknowledgementDue afterPublishing = AcknowledgementDue.of(1, v2, 2);
        assertThat(afterPublishing.required()).isTrue();
        assertThat(afterPublishing.diffFrom()).isEqualTo(1);

        assertThat(AcknowledgementDue.of(2, v2, 2).required()).isFalse();
        assertThat(AcknowledgementDue.of(2, List.of(major(1), major(2), minor(3)), 3).required()).isFalse();
    }
}

package dev.goose.playbook.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.playbook.Publisher;

@Tag("unit")
class MajorVersionTest {

    @Test
    void aVersionTheAuthorMarksMajorIsMajorWhateverItsEdition() {
        assertThat(Publisher.isMajor(true, false, "2", "2")).isTrue();
        assertThat(Publisher.isMajor(true, true, null, null)).isTrue();
    }

    @Test
    void aNewEditionInTheFrontMatterMakesTheVersionMajor() {
        assertThat(Publisher.isMajor(false, false, "1", "2")).isTrue();
        assertThat(Publisher.isMajor(false, false, null, "2027-q1")).isTrue();
    }

    @Test
    void theSameEditionAgainOrNoneAtAllStaysMinor() {
        assertThat(Publisher.isMajor(false, false, "2", "2")).isFalse();
        assertThat(Publisher.isMajor(false, false, null, null)).isFalse();
        assertThat(Publisher.isMajor(false, false, "2", null)).isFalse();
    }

    @Test
    void aFirstVersionIsNotMadeMajorByItsEdition() {
        assertThat(Publisher.isMajor(false, true, null, "1")).isFalse();
    }
}

package dev.goose.playbook.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.goose.playbook.authoring.PlaybookQueries;
import dev.goose.playbook.authoring.Views.PlaybookSummary;
import dev.goose.testing.FreshStart;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * Files that once overflowed the stack of the start-up sync no longer stop Goose from starting, nor
 * the files beside them. Read through the service rather than as a person, because the fresh start's
 * database must stay without people (see {@link FreshStart}).
 */
@QuarkusTest
@TestProfile(FreshStart.class)
class StartWithPathologicalFolderTest {

    @Inject
    PlaybookQueries playbooks;

    @Test
    void gooseStartsAndTheGoodFileBesideThePathologicalOnesIsSynced() {
        assertThat(playbooks.list(false)).extracting(PlaybookSummary::slug).contains("b-good").doesNotContain("a-deep", "c-attribute");
        assertThat(playbooks.view("b-good", null).version().title()).isEqualTo("Still here");
    }
}

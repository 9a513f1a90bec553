package dev.goose.playbook.sync;

import static dev.goose.testing.TestFolder.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.goose.playbook.Playbook;
import dev.goose.playbook.markdown.Outline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A file that would overflow the stack or keep a core busy is reported with its line; the files beside it still sync. */
@QuarkusTest
class PlaybookSyncBoundsTest {

    @Inject
    PlaybookSync sync;

    @Test
    void pathologicalFilesAreReportedWithTheirLineAndTheGoodOnesBesideThemSync() throws IOException {
        Path root = Files.createTempDirectory("playbooks");
        String prefix = "bounds" + System.nanoTime();
        String top = "# Bad\n\nText.\n\n";
        write(root, prefix + "/a-good.md", "# Good\n\n- [ ] Step one\n");
        write(root, prefix + "/deep-list.md", top + "- ".repeat(10_000) + "deep\n");
        write(root, prefix + "/deep-quote.md", top + "> ".repeat(10_000) + "quoted\n");
        write(root, prefix + "/endless-attribute.md", top + "## H {#" + "a ".repeat(300_000) + "\n");
        write(root, prefix + "/many-items.md", top + "- [ ]\n".repeat(150_000));
        write(root, prefix + "/z-good.md", "# Also good\n\nSee [the other](a-good.md).\n");

        SyncReport report = sync.sync(root);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.errors()).extracting(SyncReport.FileProblem::file).containsExactlyInAnyOrder(
                prefix + "/deep-list.md", prefix + "/deep-quote.md", prefix + "/endless-attribute.md", prefix + "/many-items.md");
        assertThat(report.errors()).allSatisfy(problem -> assertThat(problem.line())
                .isEqualTo(problem.file().endsWith("many-items.md") ? 5 + Outline.MAX_ITEMS : 5));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Playbook.bySourcePath(prefix + "/a-good.md")).isPresent();
            assertThat(Playbook.bySourcePath(prefix + "/z-good.md")).isPresent();
            assertThat(Playbook.bySourcePath(prefix + "/deep-list.md")).isEmpty();
        });
    }
}

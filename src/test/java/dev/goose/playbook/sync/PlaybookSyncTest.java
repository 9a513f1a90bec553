package dev.goose.playbook.sync;

import static dev.goose.testing.TestFolder.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.goose.playbook.Playbook;
import dev.goose.playbook.PlaybookVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PlaybookSyncTest {

    @Inject
    PlaybookSync sync;

    @Test
    void changedFilesBecomeVersionsBrokenOnesAreReportedAndKeepTheirLastGoodVersion() throws IOException {
        Path root = Files.createTempDirectory("playbooks");
        String prefix = "sync" + System.nanoTime();
        write(root, prefix + "/good.md", "# Good\n\n- [ ] Step one\n");
        write(root, prefix + "/other.md", "# Other\nSee [good](good.md).\n");
        write(root, prefix + "/README.md", "# Not a playbook\n");

        SyncReport first = sync.sync(root);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.errors()).isEmpty();

        SyncReport again = sync.sync(root);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);

        write(root, prefix + "/good.md", "# Good\n\n- [ ] Step one\n- [ ] Step two\n");
        write(root, prefix + "/other.md", "---\nkind: [oops\n---\n# Other\n");
        SyncReport third = sync.sync(root);
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(prefix + "/other.md");
            assertThat(problem.line()).isBetween(2, 3);
            assertThat(problem.message()).contains("YAML");
        });

        Files.delete(root.resolve(prefix + "/good.md"));
        assertThat(sync.sync(root).warnings()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo(prefix + "/good.md");
            assertThat(w.message()).contains("no longer in the folder");
        });

        QuarkusTransaction.requiringNew().run(() -> {
            Playbook good = Playbook.bySourcePath(prefix + "/good.md").orElseThrow();
            assertThat(good.currentNumber).isEqualTo(2);
            assertThat(PlaybookVersion.of(good, 2).orElseThrow().changeNote).isEqualTo("synced from "
                    + root.getFileName() + "/" + prefix + "/good.md");
            Playbook other = Playbook.bySourcePath(prefix + "/other.md").orElseThrow();
            assertThat(other.currentNumber).isEqualTo(1);
            assertThat(PlaybookVersion.of(other, 1).orElseThrow().html).contains("href=\"/playbooks/" + prefix + "/good\"");
            assertThat(Playbook.bySourcePath(prefix + "/README.md")).isEmpty();
        });
    }

    @Test
    void aSyncedVersionIsMajorOnlyWhenItsFrontMatterNamesANewEdition() throws IOException {
        Path root = Files.createTempDirectory("playbooks");
        String file = "edition" + System.nanoTime() + "/guide.md";
        write(root, file, "---\nedition: 1\n---\n# Guide\nFirst.\n");
        sync.sync(root);
        write(root, file, "---\nedition: 1\n---\n# Guide\nFirst, with a typo fixed.\n");
        sync.sync(root);
        write(root, file, "---\nedition: 2\n---\n# Guide\nA new way of working.\n");
        sync.sync(root);
        write(root, file, "---\nedition: 2\n---\n# Guide\nA new way of working, explained.\n");
        sync.sync(root);

        QuarkusTransaction.requiringNew().run(() -> {
            Playbook guide = Playbook.bySourcePath(file).orElseThrow();
            assertThat(guide.currentNumber).isEqualTo(4);
            assertThat(PlaybookVersion.of(guide, 2).orElseThrow().major).isFalse();
            assertThat(PlaybookVersion.of(guide, 3).orElseThrow().major).isTrue();
            assertThat(PlaybookVersion.of(guide, 3).orElseThrow().edition).isEqualTo("2");
            assertThat(PlaybookVersion.of(guide, 4).orElseThrow().major).isFalse();
        });
    }

    @Test
    void nodesSyncingAtTheSameTimeNeverCreateDuplicateVersions() throws Exception {
        Path root = Files.createTempDirectory("playbooks");
        String prefix = "race" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            write(root, prefix + "/p" + i + ".md", "# Playbook " + i + "\n\n- [ ] Step\n");
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        var runs = new java.util.ArrayList<java.util.concurrent.Callable<SyncReport>>();
        for (int i = 0; i < 3; i++) {
            runs.add(() -> sync.sync(root));
        }
        int created = 0;
        for (var result : pool.invokeAll(runs)) {
            created += result.get().created();
        }
        pool.shutdown();
        assertThat(created).isEqualTo(5);
        QuarkusTransaction.requiringNew().run(() -> assertThat(PlaybookVersion.count(
                "playbook.sourcePath like ?1", prefix + "/%")).isEqualTo(5));
    }

    @Test
    void aLinkToAFileWithItsOwnSlugLeadsToThatSlugOnTheFirstSync() throws IOException {
        Path root = Files.createTempDirectory("playbooks");
        String slug = "named-" + System.nanoTime();
        write(root, "a/first.md", "# First\nSee [the other](../z/other.md#top).\n");
        write(root, "z/other.md", "---\nslug: " + slug + "\n---\n# Other\n");
        sync.sync(root);
        QuarkusTransaction.requiringNew().run(() -> {
            Playbook first = Playbook.bySourcePath("a/first.md").orElseThrow();
            assertThat(PlaybookVersion.of(first, 1).orElseThrow().html).contains("href=\"/playbooks/" + slug + "#top\"");
        });
    }

    @Test
    void twoFilesClaimingOneSlugAreReportedNotMerged() throws IOException {
        Path root = Files.createTempDirectory("playbooks");
        String slug = "shared-" + System.nanoTime();
        write(root, "a/one.md", "---\nslug: " + slug + "\n---\n# One\n");
        write(root, "b/two.md", "---\nslug: " + slug + "\n---\n# Two\n");
        SyncReport report = sync.sync(root);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains(slug));
    }
}

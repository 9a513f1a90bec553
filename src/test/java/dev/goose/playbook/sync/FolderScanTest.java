package dev.goose.playbook.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class FolderScanTest {

    private static void touch(Path root, String file) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "# x\n");
    }

    @Test
    void markdownFilesArePlaybooksAndEveryOtherFileIsSkippedWithItsReason() throws IOException {
        Path root = Files.createTempDirectory("scan");
        for (String file : new String[] { "b.md", "a/Upper.MD", "README.md", "a/readme.md", "a/README.markdown",
                "notes.markdown", "logo.png", "LICENSE", ".gitkeep", "a/.hidden.md", ".git/config", "a/.obsidian/x.md" }) {
            touch(root, file);
        }
        Files.createSymbolicLink(root.resolve("linked.md"), root.resolve("b.md"));

        FolderScan scan = FolderScan.of(root);

        assertThat(scan.playbooks()).containsExactly("a/Upper.MD", "b.md");
        assertThat(scan.skipped()).containsExactly(
                new FolderScan.Skipped(".git/", FolderScan.HIDDEN_FOLDER),
                new FolderScan.Skipped(".gitkeep", FolderScan.HIDDEN_FILE),
                new FolderScan.Skipped("LICENSE", FolderScan.NOT_MARKDOWN),
                new FolderScan.Skipped("README.md", FolderScan.README),
                new FolderScan.Skipped("a/.hidden.md", FolderScan.HIDDEN_FILE),
                new FolderScan.Skipped("a/.obsidian/", FolderScan.HIDDEN_FOLDER),
                new FolderScan.Skipped("a/README.markdown", FolderScan.README),
                new FolderScan.Skipped("a/readme.md", FolderScan.README),
                new FolderScan.Skipped("linked.md", FolderScan.LINK),
                new FolderScan.Skipped("logo.png", FolderScan.NOT_MARKDOWN),
                new FolderScan.Skipped("notes.markdown", FolderScan.MARKDOWN_EXTENSION));
    }

    @Test
    void aFolderThatIsNotThereHasNoFiles() {
        FolderScan scan = FolderScan.of(Path.of("no-such-folder-" + System.nanoTime()));
        assertThat(scan.playbooks()).isEmpty();
        assertThat(scan.skipped()).isEmpty();
    }

    @Test
    void aMarkdownFileWithAPathTooLongForTheReportIsSkippedSayingSo() throws IOException {
        Path root = Files.createTempDirectory("scan");
        String deep = ("d".repeat(100) + "/").repeat(5) + "x.md";
        touch(root, deep);
        FolderScan scan = FolderScan.of(root);
        assertThat(scan.playbooks()).isEmpty();
        assertThat(scan.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(FolderScan.LONG_PATH);
            assertThat(s.path()).hasSize(500).endsWith("…");
        });
    }

    @Test
    void theLineOfTheFrontMattersSlugIsWhereASlugClashIsReported() {
        assertThat(PlaybookSync.slugLine("---\ntitle: T\nslug: x\n---\n".getBytes())).isEqualTo(3);
        assertThat(PlaybookSync.slugLine("---\ntitle: T\n---\nslug: x\n".getBytes())).isZero();
        assertThat(PlaybookSync.slugLine("# T\nslug: x\n".getBytes())).isZero();
    }
}

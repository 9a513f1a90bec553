package dev.goose.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Playbook folders for sync tests: files written under a root, their folders made as needed. */
public final class TestFolder {

    private TestFolder() {
    }

    public static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /**
     * A new temporary folder with each case the sync report must explain, next to good files, all
     * under the prefix; its root.
     */
    public static Path badFolder(String p) throws IOException {
        Path root = Files.createTempDirectory("playbooks");
        write(root, p + "/pricing.md", "# Pricing\n\n## Tiers\n\nThree of them.\n");
        write(root, p + "/good.md", "# Good\n\nSee [tiers](pricing.md?id=tiers) and [the prices][r].\n\n[r]: pricing.md#tiers\n");
        write(root, p + "/README.md", "# What this folder is\n");
        write(root, p + "/notes.markdown", "# Notes\n");
        write(root, p + "/logo.png", "not really a picture");
        write(root, p + "/.draft.md", "# Hidden\n");
        write(root, p + "/.git/HEAD", "ref: refs/heads/main\n");
        write(root, p + "/broken-link.md", "# Broken link\n\nSee [the old prices](old-pricing.md).\n");
        write(root, p + "/unknown-field.md", "---\ntitle: Unknown field\ntags: [sales]\n---\n# Unknown field\n");
        write(root, p + "/owner.md", "---\ntitle: Owner by name\nowner: Maria from sales\n---\n# Owner\n");
        write(root, p + "/reserved.md", "---\nslug: " + p + "/edit\n---\n# Reserved\n");
        write(root, p + "/a-first.md", "---\nslug: " + p + "/shared\n---\n# First\n");
        write(root, p + "/b-second.md", "---\ntitle: Second\nslug: " + p + "/shared\n---\n# Second\n");
        return root;
    }
}

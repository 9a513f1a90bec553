package dev.goose.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Goose starting for the first time: a Quarkus of its own, hence a database nobody has used yet,
 * syncing a playbook folder with a good file between a list nested 10,000 deep and a heading
 * attribute of 300,000 words (files that once overflowed the stack of the start-up sync).
 *
 * <p>One profile for every test of a first start, since each profile restarts Quarkus. Its tests
 * run in any order on the one database, so none of them creates a person except the first admin
 * that {@code FirstStartAtOnceTest} expects to make on an empty person table.
 */
public class FreshStart implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path folder = Files.createTempDirectory("pathological");
            Files.writeString(folder.resolve("a-deep.md"), "# Deep\n\n" + "- ".repeat(10_000) + "x\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("b-good.md"), "# Still here\n\n- [ ] Step one\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("c-attribute.md"), "## H {#" + "a ".repeat(300_000) + "\n", StandardCharsets.UTF_8);
            return Map.of("goose.playbooks.folder", folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

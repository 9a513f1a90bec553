package dev.goose.playbook.sync;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aRep;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Files that once overflowed the stack of the start-up sync no longer stop Goose from starting, nor the files beside them. */
@QuarkusTest
@TestProfile(StartWithPathologicalFolderTest.PathologicalFolder.class)
class StartWithPathologicalFolderTest {

    /** A playbook folder with a good file between a list nested 10,000 deep and a heading attribute of 300,000 words. */
    public static class PathologicalFolder implements QuarkusTestProfile {
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

    @Test
    void gooseStartsAndTheGoodFileBesideThePathologicalOnesIsSynced() {
        as(aRep().create()).get("/api/v1/playbooks").then().statusCode(200)
                .body("slug", hasItem("b-good")).body("slug", not(hasItem("a-deep"))).body("slug", not(hasItem("c-attribute")));
        as(aRep().create()).get("/api/v1/playbooks/b-good").then().statusCode(200)
                .body("version.title", equalTo("Still here"));
    }
}

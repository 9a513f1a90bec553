package dev.goose.playbook.authoring;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.junit.QuarkusTest;

/** Texts that once gave a 500 (a stack overflow) or kept a core busy are refused with a 400 that names the line. */
@QuarkusTest
class PlaybookBoundsApiTest {

    private static final String PREFIX = "# Limits\n\nSome text.\n\n";

    private static final Map<String, String> PATHOLOGICAL = Map.of(
            "deep list", PREFIX + "- ".repeat(10_000) + "deep\n",
            "deep quote", PREFIX + "> ".repeat(10_000) + "quoted\n",
            "endless attribute", PREFIX + "## H {#" + "a ".repeat(300_000) + "\n",
            "150,000 items", PREFIX + "- [ ]\n".repeat(150_000));

    @Test
    void previewCreateAndPublishRefuseEachPathologicalTextWithA400NamingTheLine() {
        Person manager = aManager().create();
        String slug = TestPlaybook.newPlaybook(manager, "Bounds " + System.nanoTime());
        PATHOLOGICAL.forEach((name, markdown) -> {
            as(manager).body(Map.of("markdown", markdown)).post("/api/v1/playbooks/preview").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("markdown")).body("errors[0].message", containsString("line 5"));
            as(manager).body(Map.of("markdown", markdown)).post("/api/v1/playbooks").then()
                    .statusCode(400).body("errors[0].message", containsString("line 5"));
            as(manager).body(Map.of("markdown", markdown, "baseVersion", 0, "note", name))
                    .post("/api/v1/playbooks/" + slug + "/versions").then()
                    .statusCode(400).body("errors[0].message", containsString("line 5"));
        });
        as(manager).get("/api/v1/playbooks/" + slug + "/versions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theEditorPreviewShowsTheRefusalWithItsLineSoTheTextCanBeFixed() {
        PageSession session = PageSession.signedIn(aManager().create());
        session.postForm("/playbooks/preview", "markdown", PREFIX + "> ".repeat(40) + "quoted\n")
                .then().statusCode(200).body(containsString("Line 5:")).body(containsString("at most 32 deep"));
    }
}

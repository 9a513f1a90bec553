package dev.goose.playbook.authoring;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static dev.goose.testing.TestPlaybook.newPlaybook;
import static dev.goose.testing.TestPlaybook.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlaybookApiTest {

    @Test
    void theShippedPlaybooksAreSyncedAtStartWithTheirStageGuides() {
        Person rep = aRep().create();
        as(rep).get("/api/v1/playbooks").then().statusCode(200)
                .body("slug", hasItem("sales/stages")).body("slug", hasItem("onboarding/new-rep-30-60-90"));
        as(rep).get("/api/v1/playbooks/sales/stages").then().statusCode(200)
                .body("playbook.sourcePath", equalTo("sales/stages.md"))
                .body("version.stageLinks.stage", hasItem("discovery"))
                .body("version.stageLinks", hasSize(7))
                .body("version.changeNote", equalTo("synced from playbooks/sales/stages.md"));
        as(rep).get("/api/v1/playbooks/onboarding/new-rep-30-60-90").then().statusCode(200)
                .body("version.items.findAll { it.signOff }.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aManagerWritesPublishesAndPublishesAgain() {
        Person manager = aManager().create();
        String slug = newPlaybook(manager, "Call plan " + System.nanoTime());
        String text = as(manager).get("/api/v1/playbooks/" + slug + "/draft").then().statusCode(200)
                .body("baseVersion", equalTo(0)).extract().path("markdown");
        publish(manager, slug, text, 0, 201);
        publish(manager, slug, text, 1, 200);
        as(manager).get("/api/v1/playbooks/" + slug + "/versions").then().body("number", equalTo(List.of(1)));
        publish(manager, slug, text.replace("Ask about the budget.", "Ask who owns the budget.")
                + "- [ ] Timeline agreed\n", 1, 201);
        as(manager).get("/api/v1/playbooks/" + slug + "/diff?from=1&to=2").then().statusCode(200)
                .body("diff.sections.find { it.anchor == 'discovery' }.status", equalTo("CHANGED"))
                .body("diff.items.find { it.id == 'timeline-agreed' }.status", equalTo("ADDED"));
        as(manager).get("/api/v1/playbooks/" + slug + "/versions/1").then().statusCode(200)
                .body("html", containsString("Ask about the budget."));
        as(manager).get("/api/v1/playbooks/" + slug).then().body("version.number", equalTo(2))
                .body("version.author", equalTo(manager.name)).body("version.changeNote", equalTo("v2"))
                .body("version.changeSummary", equalTo("1 section changed, 1 item added"));
    }

    @Test
    void startingAPlaybookWithoutMarkdownIsRefusedNamingTheField() {
        Person manager = aManager().create();
        as(manager).body(Map.of("markdown", "  \n")).post("/api/v1/playbooks").then().statusCode(400)
                .contentType("application/problem+json").body("errors", hasSize(1))
                .body("errors[0].field", equalTo("markdown")).body("errors[0].message", equalTo("Write the playbook's Markdown."));
        as(manager).post("/api/v1/playbooks").then().statusCode(400)
                .body("errors[0].field", equalTo("markdown")).body("errors[0].message", equalTo("Write the playbook's Markdown."));
        // Blank as Java counts it, Unicode spaces too, not only what a trim removes.
        as(manager).body(Map.of("markdown", "\u2003\u2003\n")).post("/api/v1/playbooks").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].message", equalTo("Write the playbook's Markdown."));
        // A preview of nothing is still an empty preview.
        as(manager).body(Map.of("markdown", "")).post("/api/v1/playbooks/preview").then().statusCode(200);
    }

    @Test
    void publishingOrSavingADraftWithoutItsBaseVersionIsRefusedNamingTheField() {
        Person manager = aManager().create();
        String slug = newPlaybook(manager, "No base " + System.nanoTime());
        String message = "Say which version this text is based on (0 for a new playbook).";
        as(manager).body(Map.of("markdown", "# No base\n", "note", "x")).post("/api/v1/playbooks/" + slug + "/versions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("baseVersion"))
                .body("errors[0].message", equalTo(message));
        as(manager).body(Map.of("markdown", "# No base\n")).put("/api/v1/playbooks/" + slug + "/draft")
                .then().statusCode(400).body("errors", hasSize(1)).body("errors[0].field", equalTo("baseVersion"))
                .body("errors[0].message", equalTo(message));
        // No body at all reads as a body without its base version, naming the same field.
        as(manager).contentType("application/json").post("/api/v1/playbooks/" + slug + "/versions")
                .then().statusCode(400).body("errors[0].field", equalTo("baseVersion"))
                .body("errors[0].message", equalTo(message));
        as(manager).get("/api/v1/playbooks/" + slug + "/versions").then().body("$", hasSize(0));
    }

    @Test
    void publishingOverAStaleVersionIsRejectedAndTheTextIsKept() {
        Person manager = aManager().create();
        String slug = newPlaybook(manager, "Stale " + System.nanoTime());
        publish(manager, slug, "# First\n", 0, 201);
        publish(manager, slug, "# Second\n", 1, 201);
        as(manager).body(Map.of("markdown", "# Mine, started from one\n", "baseVersion", 1))
                .post("/api/v1/playbooks/" + slug + "/versions").then().statusCode(409)
                .contentType("application/problem+json").body("currentVersion", equalTo(2));
        as(manager).get("/api/v1/playbooks/" + slug + "/draft").then()
                .body("markdown", equalTo("# Mine, started from one\n")).body("baseVersion", equalTo(1));
    }

    @Test
    void concurrentPublishesHaveExactlyOneWinnerPerBaseVersion() throws Exception {
        Person manager = aManager().create();
        String slug = newPlaybook(manager, "Race " + System.nanoTime());
        publish(manager, slug, "# Base\n", 0, 201);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<io.restassured.response.Response>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = "# Attempt " + i + "\n";
            attempts.add(() -> as(manager).body(Map.of("markdown", text, "baseVersion", 1))
                    .post("/api/v1/playbooks/" + slug + "/versions"));
        }
        List<io.restassured.response.Response> responses = new ArrayList<>();
        for (Future<io.restassured.response.Response> result : pool.invokeAll(attempts)) {
            responses.add(result.get());
        }
        pool.shutdown();
        assertThat(responses).extracting(r -> r.statusCode()).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.jsonPath().getInt("currentVersion")).isEqualTo(2));
        as(manager).get("/api/v1/playbooks/" + slug + "/versions").then().body("number", equalTo(List.of(2, 1)));
    }

    @Test
    void brokenMarkdownIsRefusedWithItsLineAndNothingIsStored() {
        Person manager = aManager().create();
        String slug = newPlaybook(manager, "Broken " + System.nanoTime());
        as(manager).body(Map.of("markdown", "# T\n- [ ] a {#x}\n- [ ] b {#x}\n", "baseVersion", 0))
                .post("/api/v1/playbooks/" + slug + "/versions").then().statusCode(400)
                .body("errors[0].field", equalTo("markdown"))
                .body("errors[0].message", containsString("line 3"));
        as(manager).get("/api/v1/playbooks/" + slug + "/versions").then().body("$", hasSize(0));
    }

    @Test
    void aPlaybookFromTheFolderIsReadOnlyHereAndSaysWhereToEditIt() {
        Person manager = aManager().create();
        as(manager).body(Map.of("markdown", "# Changed\n", "baseVersion", 1))
                .post("/api/v1/playbooks/sales/stages/versions").then().statusCode(403)
                .body("detail", containsString("sales/stages.md"));
    }

    @Test
    void repsReadButDoNotWrite() {
        Person rep = aRep().create();
        as(rep).body(Map.of("markdown", "# Mine\n")).post("/api/v1/playbooks").then().statusCode(403);
        as(rep).post("/api/v1/playbooks/sync").then().statusCode(403);
    }

    @Test
    void searchFindsSectionsOfPublishedPlaybooksTitlesFirst() {
        Person rep = aRep().create();
        as(rep).get("/api/v1/playbooks/search?q=discovery").then().statusCode(200)
                .body("[0].sectionTitle", containsString("Discovery"))
                .body("slug", hasItem("sales/stages"));
        as(rep).get("/api/v1/playbooks/search?q=d").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void reviewBeforePublishWhenAnAdminRequiresIt() {
        Person admin = anAdmin().create();
        Person author = aManager().create();
        Person reviewer = aManager().create();
        String slug = newPlaybook(author, "Reviewed " + System.nanoTime());
        as(admin).body(Map.of("required", true)).put("/api/v1/playbooks/" + slug + "/review-required").then().statusCode(204);
        String text = "# Reviewed text\n";
        as(author).body(Map.of("markdown", text, "baseVersion", 0)).put("/api/v1/playbooks/" + slug + "/draft").then().statusCode(200);
        publish(author, slug, text, 0, 403);
        as(author).post("/api/v1/playbooks/" + slug + "/review").then().statusCode(200).body("state", equalTo("submitted"));
        as(author).body(Map.of()).post("/api/v1/playbooks/" + slug + "/review/approve").then().statusCode(403);
        as(reviewer).body(Map.of()).post("/api/v1/playbooks/" + slug + "/review/send-back").then().statusCode(400)
                .body("field", equalTo("comment"));
        as(reviewer).body(Map.of("comment", "Looks right", "sha256", "0".repeat(64)))
                .post("/api/v1/playbooks/" + slug + "/review/approve").then().statusCode(409);
        String sha = as(reviewer).get("/api/v1/playbooks/" + slug + "/draft").then().extract().path("sha256");
        as(reviewer).body(Map.of("comment", "Looks right", "sha256", sha)).post("/api/v1/playbooks/" + slug + "/review/approve")
                .then().statusCode(200).body("state", equalTo("approved"));
        publish(author, slug, text, 0, 201);
    }
}

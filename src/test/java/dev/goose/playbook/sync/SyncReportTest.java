package dev.goose.playbook.sync;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestFolder.badFolder;
import static dev.goose.testing.TestFolder.write;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

@QuarkusTest
class SyncReportTest {

    @Inject
    PlaybookSync sync;

    private static Map<String, Object> file(JsonPath report, String path) {
        List<Map<String, Object>> files = report.getList("files");
        return files.stream().filter(f -> path.equals(f.get("file"))).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the report"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> problems(Map<String, Object> file, String kind) {
        return (List<Map<String, Object>>) file.get(kind);
    }

    @Test
    void theReportSaysForEveryFileWhatTheSyncDidAndWhyWithLines() throws IOException {
        String p = "report" + System.nanoTime();
        Path root = badFolder(p);
        Person admin = anAdmin().create();
        sync.sync(root, admin.name);

        JsonPath report = as(admin).get("/api/v1/playbooks/sync").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("startedBy")).isEqualTo(admin.name);
        assertThat(report.getString("syncedAt")).isNotBlank();
        assertThat(file(report, p + "/pricing.md").get("outcome")).isEqualTo("created");
        assertThat(problems(file(report, p + "/good.md"), "warnings")).isEmpty();
        assertThat(file(report, p + "/README.md")).containsEntry("outcome", "skipped").containsEntry("reason", FolderScan.README);
        assertThat(file(report, p + "/notes.markdown")).containsEntry("reason", FolderScan.MARKDOWN_EXTENSION);
        assertThat(file(report, p + "/logo.png")).containsEntry("reason", FolderScan.NOT_MARKDOWN);
        assertThat(file(report, p + "/.draft.md")).containsEntry("reason", FolderScan.HIDDEN_FILE);
        assertThat(file(report, p + "/.git/")).containsEntry("reason", FolderScan.HIDDEN_FOLDER);
        assertThat(report.getList("files.file")).doesNotContain(p + "/.git/HEAD");

        assertThat(file(report, p + "/broken-link.md").get("outcome")).isEqualTo("created");
        assertThat(problems(file(report, p + "/broken-link.md"), "warnings")).singleElement().satisfies(w -> {
            assertThat(w.get("line")).isEqualTo(3);
            assertThat((String) w.get("message")).contains("old-pricing.md");
        });
        assertThat(problems(file(report, p + "/unknown-field.md"), "warnings")).singleElement().satisfies(w -> {
            assertThat(w.get("line")).isEqualTo(3);
            assertThat((String) w.get("message")).contains("'tags'");
        });
        assertThat(file(report, p + "/owner.md").get("outcome")).isEqualTo("created");
        assertThat(problems(file(report, p + "/owner.md"), "warnings")).singleElement().satisfies(w -> {
            assertThat(w.get("line")).isEqualTo(3);
            assertThat((String) w.get("message")).contains("'owner'");
        });
        assertThat(file(report, p + "/reserved.md").get("outcome")).isEqualTo("failed");
        assertThat(problems(file(report, p + "/reserved.md"), "errors")).singleElement().satisfies(e -> {
            assertThat(e.get("line")).isEqualTo(2);
            assertThat((String) e.get("message")).contains("'edit'");
        });
        assertThat(file(report, p + "/a-first.md").get("outcome")).isEqualTo("created");
        assertThat(file(report, p + "/b-second.md").get("outcome")).isEqualTo("failed");
        assertThat(problems(file(report, p + "/b-second.md"), "errors")).singleElement().satisfies(e -> {
            assertThat(e.get("line")).isEqualTo(3);
            assertThat((String) e.get("message")).contains(p + "/shared").contains(p + "/a-first.md");
        });
        assertThat(report.getList("warnings.file")).contains(p + "/broken-link.md", p + "/unknown-field.md", p + "/owner.md");
        assertThat(report.getList("errors.file")).contains(p + "/reserved.md", p + "/b-second.md");

        PageSession page = PageSession.signedIn(admin);
        page.get("/playbooks/sync").then().statusCode(200)
                .body(containsString("<code>" + p + "/broken-link.md</code>"))
                .body(containsString("line 3: The link to &#39;old-pricing.md&#39;"))
                .body(containsString("&#39;" + p + "/edit&#39; ends with &#39;edit&#39;"))
                .body(containsString(p + "/a-first.md"))
                .body(containsString("<code>" + p + "/README.md</code></td><td>A README documents the folder"))
                .body(containsString("<code>" + p + "/notes.markdown</code></td><td>Only .md files"))
                .body(containsString("by " + admin.name));
        page.get("/playbooks").then().body(containsString("href=\"/playbooks/sync\""));
    }

    @Test
    void warningsStayUntilTheirFileChangesAndAChangedFileReplacesThem() throws IOException {
        String p = "kept" + System.nanoTime();
        Path root = badFolder(p);
        Person admin = anAdmin().create();
        sync.sync(root, "first");
        sync.sync(root, "restart");

        JsonPath again = as(admin).get("/api/v1/playbooks/sync").then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("startedBy")).isEqualTo("restart");
        assertThat(file(again, p + "/broken-link.md").get("outcome")).isEqualTo("unchanged");
        assertThat(problems(file(again, p + "/broken-link.md"), "warnings")).singleElement()
                .satisfies(w -> assertThat((String) w.get("message")).contains("old-pricing.md"));
        assertThat(problems(file(again, p + "/owner.md"), "warnings")).hasSize(1);
        assertThat(file(again, p + "/reserved.md").get("outcome")).isEqualTo("failed");
        assertThat(file(again, p + "/a-first.md").get("outcome")).isEqualTo("unchanged");
        assertThat(file(again, p + "/b-second.md").get("outcome")).isEqualTo("failed");

        write(root, p + "/broken-link.md", "# Broken link\n\nSee [the prices](pricing.md).\n");
        write(root, p + "/unknown-field.md", "---\ntitle: Unknown field\n---\n# Unknown field\n\nSee [x](gone.md).\n");
        Files.delete(root.resolve(p + "/README.md"));
        sync.sync(root, "after the edit");

        JsonPath changed = as(admin).get("/api/v1/playbooks/sync").then().statusCode(200).extract().jsonPath();
        assertThat(file(changed, p + "/broken-link.md").get("outcome")).isEqualTo("updated");
        assertThat(problems(file(changed, p + "/broken-link.md"), "warnings")).isEmpty();
        assertThat(problems(file(changed, p + "/unknown-field.md"), "warnings")).singleElement().satisfies(w -> {
            assertThat(w.get("line")).isEqualTo(6);
            assertThat((String) w.get("message")).contains("gone.md");
        });
        assertThat(problems(file(changed, p + "/owner.md"), "warnings")).hasSize(1);
        assertThat(changed.getList("files.file")).doesNotContain(p + "/README.md");
        PageSession.signedIn(admin).get("/playbooks/sync").then().statusCode(200)
                .body(not(containsString("old-pricing.md"))).body(containsString("gone.md"));
    }

    @Test
    void aFileSyncedBeforeTheReportKeptWarningsGetsThemOnTheNextSync() throws IOException {
        String p = "upgrade" + System.nanoTime();
        Path root = Files.createTempDirectory("playbooks");
        write(root, p + "/old.md", "# Old\n\nSee [nothing](nothing.md).\n");
        sync.sync(root, "before");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> SyncedFile.deleteById(p + "/old.md"));
        sync.sync(root, "after");
        JsonPath report = as(anAdmin().create()).get("/api/v1/playbooks/sync").then().extract().jsonPath();
        assertThat(file(report, p + "/old.md").get("outcome")).isEqualTo("unchanged");
        assertThat(problems(file(report, p + "/old.md"), "warnings")).singleElement()
                .satisfies(w -> assertThat(w.get("line")).isEqualTo(3));
    }

    @Test
    void anAdminWhoSyncsThroughTheApiGetsTheReportOfTheShippedFolderWithItsReadmeSkipped() {
        Person admin = anAdmin().create();
        JsonPath report = as(admin).post("/api/v1/playbooks/sync").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("startedBy")).isEqualTo(admin.name);
        assertThat(file(report, "README.md")).containsEntry("outcome", "skipped").containsEntry("reason", FolderScan.README);
        assertThat(file(report, "sales/stages.md").get("outcome")).isIn("unchanged", "updated");
        assertThat(report.getList("errors")).isEmpty();
    }

    @Test
    void onlyAdminsSeeTheReport() {
        for (Person person : List.of(aRep().create(), aManager().create())) {
            as(person).get("/api/v1/playbooks/sync").then().statusCode(403);
            PageSession.signedIn(person).get("/playbooks/sync").then().statusCode(403);
        }
        as(anAdmin().create()).get("/api/v1/playbooks/sync").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheReport() {
        io.restassured.RestAssured.given().get("/q/openapi").then().statusCode(200)
                .body(containsString("The report of the newest folder sync"));
    }
}

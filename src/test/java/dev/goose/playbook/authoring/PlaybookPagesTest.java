package dev.goose.playbook.authoring;

import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlaybookPagesTest {

    @Test
    void everyoneReadsTheShippedPlaybooksWithOutlineChecklistAndHistory() {
        PageSession rep = PageSession.signedIn(aRep().create());
        rep.get("/playbooks").then().statusCode(200).body(containsString("B2B sales stages"))
                .body(not(containsString("New playbook")));
        rep.get("/playbooks/sales/stages").then().statusCode(200)
                .body(containsString("<h2 id=\"discovery\">Discovery</h2>"))
                .body(containsString("stage: discovery"))
                .body(containsString("Edited in the playbook folder"))
                .body(containsString("synced from playbooks/sales/stages.md"))
                .body(not(containsString("id=\"edit-playbook\"")));
    }

    @Test
    void searchFindsAScriptAndLinksToItsSection() {
        PageSession rep = PageSession.signedIn(aRep().create());
        rep.get("/playbooks/search?q=negotiation").then().statusCode(200)
                .body(containsString("href=\"/playbooks/sales/stages#negotiation\""));
        rep.get("/playbooks/search?q=zzzqqq").then().body(containsString("Nothing found"));
    }

    @Test
    void aManagerCreatesPreviewsPublishesEditsAndComparesVersions() {
        Person manager = aManager().create();
        PageSession session = PageSession.signedIn(manager);
        String title = "Renewals " + System.nanoTime();
        session.postForm("/playbooks/preview", "markdown", "# Hi\n\n<script>x</script>\n\n- [ ] Do it {#do}\n")
                .then().statusCode(200).body(containsString("data-item=\"do\"")).body(not(containsString("<script")));
        session.postForm("/playbooks/preview", "markdown", "- [ ] a {due=soon}\n")
                .then().statusCode(200).body(containsString("Line 1:"));
        session.postForm("/playbooks", "markdown", " ").then().statusCode(400).body(containsString("Write the playbook"));
        String edit = session.postForm("/playbooks", "markdown", "# " + title + "\n\n## Call {#call}\nRing them.\n")
                .then().statusCode(303).extract().header("Location");
        String slug = edit.replaceAll(".*/playbooks/(.+)/edit.*", "$1");
        session.get("/playbooks/" + slug + "/edit").then().statusCode(200).body(containsString("Ring them."));
        session.postForm("/playbooks/" + slug + "/publish", "markdown", "# " + title + "\n\n## Call {#call}\nRing them.\n",
                "baseVersion", "0", "note", "First cut").then().statusCode(303);
        session.postForm("/playbooks/" + slug + "/publish", "markdown", "# " + title + "\n\n## Call {#call}\nRing them twice.\n",
                "baseVersion", "1", "note", "Twice").then().statusCode(303);
        session.get("/playbooks/" + slug + "/diff?from=1&to=2").then().statusCode(200)
                .body(containsString("Ring them twice.")).body(containsString("class=\"line removed\""));
        session.get("/playbooks/" + slug + "?version=1").then().statusCode(200).body(containsString("id=\"old-version\""));
        session.postForm("/playbooks/" + slug + "/publish", "markdown", "# Stale\n", "baseVersion", "1", "note", "x")
                .then().statusCode(409).body(containsString("was published after version 1"));
    }

    @Test
    void anAdminSyncsTheFolderFromThePage() {
        PageSession admin = PageSession.signedIn(anAdmin().create());
        admin.postForm("/playbooks/sync").then().statusCode(303).header("Location", containsString("/playbooks/sync?done=synced"));
        admin.get("/playbooks/sync?done=synced").then().statusCode(200).body(containsString("Folder synced."))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*0 new, 0 updated, [1-9][0-9]* unchanged.*"));
    }

    @Test
    void aManagerWhoseBaseIsStaleKeepsTheirTextAndCanPublishAfterComparing() {
        Person first = aManager().create();
        Person second = aManager().create();
        String slug = TestPlaybook.newPlaybook(first, "Shared " + System.nanoTime());
        TestPlaybook.publish(first, slug, "# Shared\n\nOne.\n", 0, 201);
        PageSession a = PageSession.signedIn(first);
        PageSession b = PageSession.signedIn(second);
        a.postForm("/playbooks/" + slug + "/publish", "markdown", "# Shared\n\nTwo.\n", "baseVersion", "1", "note", "A's")
                .then().statusCode(303);
        b.postForm("/playbooks/" + slug + "/publish", "markdown", "# Shared\n\nB's words.\n", "baseVersion", "1", "note", "B's note")
                .then().statusCode(409)
                .body(containsString("B&#39;s words."))
                .body(containsString("value=\"B&#39;s note\""))
                .body(containsString("name=\"baseVersion\" value=\"2\""))
                .body(containsString("/playbooks/" + slug + "/diff?from=1&amp;to=2"));
        b.postForm("/playbooks/" + slug + "/publish", "markdown", "# Shared\n\nB's words.\n", "baseVersion", "2", "note", "B's note")
                .then().statusCode(303);
    }

    @Test
    void aDraftOfANewPlaybookCanBeDiscardedFreeingItsSlug() {
        PageSession session = PageSession.signedIn(aManager().create());
        String title = "Scratch " + System.nanoTime();
        String edit = session.postForm("/playbooks", "markdown", "# " + title + "\n").then().statusCode(303).extract().header("Location");
        String slug = edit.replaceAll(".*/playbooks/(.+)/edit.*", "$1");
        session.postForm("/playbooks/" + slug + "/draft/discard").then().statusCode(303);
        session.get("/playbooks/" + slug + "/edit").then().statusCode(404);
        session.postForm("/playbooks", "markdown", "# " + title + "\n").then().statusCode(303);
    }
}

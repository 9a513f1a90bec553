package dev.goose.playbook.authoring;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import io.quarkus.test.junit.QuarkusTest;

/** What a manager sees in the preview of a playbook written as people write Markdown for GitHub. */
@QuarkusTest
class MarkdownPreviewTest {

    private static final String PLAYBOOK = """
            # Follow-ups

            A <script> tag pasted into a CRM note is never run.

            Hi {FirstName}, thanks for {{meeting_topic}}. Old price ~~$120~~, see www.example.com or sales@example.com.

            | Plan | Seats |
            |------|-------|
            | Team |
            | `a \\| b` | 5 | extra |

            ## Step 3 {optional}

            ## Discovery {#discovery stage=discovery}
            Ask about the budget.

            - [x] A ticked example {#example}
            - [ ] Send {Company} the recap
            """;

    @Test
    void thePreviewKeepsEveryPartAndWarnsOfTheEscapedTagWithItsLine() {
        Person manager = aManager().create();
        as(manager).body(Map.of("markdown", PLAYBOOK)).post("/api/v1/playbooks/preview").then().statusCode(200)
                .body("errors", hasSize(0))
                .body("warnings", hasSize(1))
                .body("warnings[0].line", equalTo(3))
                .body("warnings[0].message", containsString("<script> is shown as text"))
                .body("html", containsString("A &lt;script&gt; tag pasted"))
                .body("html", containsString("Hi {FirstName}, thanks for {<!-- -->{meeting_topic}}."))
                .body("html", containsString("<del>$120</del>"))
                .body("html", containsString("<a href=\"http://www.example.com\""))
                .body("html", containsString("<a href=\"mailto:sales&#64;example.com\""))
                .body("html", containsString("<td>Team</td><td></td>"))
                .body("html", containsString("<code>a | b</code>"))
                .body("html", not(containsString("extra")))
                .body("html", containsString("<h2 id=\"step-3\">Step 3 {optional}</h2>"))
                .body("html", containsString("<h2 id=\"discovery\">Discovery</h2>"))
                .body("html", containsString("<span class=\"task-box ticked\" role=\"img\" aria-label=\"ticked\"></span>A ticked example"))
                .body("html", containsString("Send {Company} the recap"))
                .body("html", not(containsString("<script")));
    }

    @Test
    void aPublishedVersionKeepsTheStageGuideAfterTheMentionAndTheItemsTheirIds() {
        Person manager = aManager().create();
        String markdown = PLAYBOOK.replace("# Follow-ups", "# Follow-ups " + System.nanoTime());
        String slug = as(manager).body(Map.of("markdown", markdown)).post("/api/v1/playbooks").then().statusCode(201)
                .extract().path("slug");
        as(manager).body(Map.of("markdown", markdown, "baseVersion", 0, "note", "first"))
                .post("/api/v1/playbooks/" + slug + "/versions").then().statusCode(201);
        as(manager).get("/api/v1/playbooks/" + slug).then().statusCode(200)
                .body("version.stageLinks.stage", hasItem("discovery"))
                .body("version.items.id", hasItem("example"))
                .body("version.items.id", hasItem("send-the-recap"))
                .body("version.items.text", hasItem("Send {Company} the recap"))
                .body("version.html", containsString("Ask about the budget."));
    }
}

package dev.goose.testing;

import static dev.goose.testing.Api.as;

import java.util.List;
import java.util.Map;

import dev.goose.people.Person;

/**
 * A playbook written and published through the API, for tests that need readers:
 * {@code TestPlaybook.by(manager).forAudience("rep").publish()}, then {@code publishMajor("...")}.
 * Each one has its own title and slug, so tests never depend on each other's playbooks. For a bare
 * draft and versions of any text: {@code TestPlaybook.newPlaybook(manager, title)} and
 * {@code TestPlaybook.publish(manager, slug, markdown, base, 201)}.
 */
public final class TestPlaybook {

    private final Person author;
    private String title;
    private String audience = "";
    private String slug;
    private int version;

    private TestPlaybook(Person author) {
        this.author = author;
        this.title = "Reading " + System.nanoTime();
    }

    public static TestPlaybook by(Person author) {
        return new TestPlaybook(author);
    }

    public TestPlaybook titled(String title) {
        this.title = title;
        return this;
    }

    /** Roles as the front matter names them, such as "rep" or "rep, manager"; none means everyone. */
    public TestPlaybook forAudience(String roles) {
        this.audience = roles;
        return this;
    }

    /** Creates the playbook and publishes its first version. */
    public TestPlaybook publish() {
        slug = as(author).body(Map.of("markdown", markdown("Ask about the budget.")))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("slug");
        return publishVersion("Ask about the budget.", false);
    }

    public TestPlaybook publishMinor(String body) {
        return publishVersion(body, false);
    }

    public TestPlaybook publishMajor(String body) {
        return publishVersion(body, true);
    }

    /**
     * A new playbook's draft, not yet published: one section guiding the "discovery" stage, with the
     * exit item "budget-owner"; its slug.
     */
    public static String newPlaybook(Person author, String title) {
        String markdown = "# " + title + "\n\n## Discovery {#discovery stage=discovery}\nAsk about the budget.\n\n"
                + "- [ ] Budget owner named {#budget-owner}\n";
        return as(author).body(Map.of("markdown", markdown)).post("/api/v1/playbooks").then().statusCode(201)
                .extract().path("slug");
    }

    /** Publishes the Markdown over version {@code base} and expects the status given. */
    public static void publish(Person author, String slug, String markdown, int base, int status) {
        as(author).body(Map.of("markdown", markdown, "baseVersion", base, "note", "v" + (base + 1)))
                .post("/api/v1/playbooks/" + slug + "/versions").then().statusCode(status);
    }

    /** Acknowledges everything the person must read now, so that a test starts from an empty list. */
    public static void readEverything(Person reader) {
        List<Map<String, Object>> toRead = as(reader).get("/api/v1/acknowledgements/to-read").then().statusCode(200)
                .extract().jsonPath().getList("$");
        toRead.forEach(p -> as(reader).body(Map.of("playbook", p.get("slug"), "version", p.get("version")))
                .post("/api/v1/acknowledgements").then().statusCode(201));
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int version() {
        return version;
    }

    private TestPlaybook publishVersion(String body, boolean major) {
        as(author).body(Map.of("markdown", markdown(body), "baseVersion", version, "note", "v" + (version + 1), "major", major))
                .post("/api/v1/playbooks/" + slug + "/versions").then().statusCode(201);
        version++;
        return this;
    }

    private String markdown(String body) {
        String front = audience.isEmpty() ? "" : "---\naudience: [" + audience + "]\n---\n";
        return front + "# " + title + "\n\n## Discovery {#discovery}\n" + body + "\n";
    }
}

package dev.goose.web;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.junit.QuarkusTest;

/** A client that already holds a published version or a deal's guides asks again and gets 304, not the body. */
@QuarkusTest
class RepeatViewsTest {

    private static String guide(String key, String script) {
        return "# Guide " + key + "\n\n## Prospecting {#" + key + " stage=prospecting}\n" + script + "\n\n- [ ] Contact named {#"
                + key + "-contact}\n";
    }

    @Test
    void aPublishedVersionAskedAgainWithItsTagIsNotSentAgain() {
        Person manager = aManager().create();
        String slug = TestPlaybook.newPlaybook(manager, "Repeat " + System.nanoTime());
        TestPlaybook.publish(manager, slug, "# Repeat\n\nFirst words.\n", 0, 201);
        Person rep = aRep().create();
        String tag = as(rep).get("/api/v1/playbooks/" + slug + "/versions/1").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", equalTo("private, no-cache"))
                .body("number", equalTo(1)).extract().header("ETag");

        as(rep).header("If-None-Match", tag).get("/api/v1/playbooks/" + slug + "/versions/1").then().statusCode(304)
                .header("ETag", equalTo(tag)).body(emptyString());
        as(rep).header("If-None-Match", "W/" + tag).get("/api/v1/playbooks/" + slug + "/versions/1").then().statusCode(304);
        as(rep).header("If-None-Match", "\"something else\"").get("/api/v1/playbooks/" + slug + "/versions/1").then()
                .statusCode(200).body("number", equalTo(1));

        TestPlaybook.publish(manager, slug, "# Repeat\n\nOther words.\n", 1, 201);
        String second = as(rep).header("If-None-Match", tag).get("/api/v1/playbooks/" + slug + "/versions/2").then()
                .statusCode(200).body("number", equalTo(2)).extract().header("ETag");
        assertThat(second).isNotEqualTo(tag);
        as(rep).header("If-None-Match", tag).get("/api/v1/playbooks/" + slug + "/versions/1").then().statusCode(304);
    }

    @Test
    void aDealsGuidesAreNotSentAgainUntilATickOrANewVersionChangesThem() {
        Person manager = aManager().create();
        String key = "repeat" + System.nanoTime();
        String slug = TestPlaybook.newPlaybook(manager, "Guide " + key);
        TestPlaybook.publish(manager, slug, guide(key, "Say hello."), 0, 201);
        Person rep = aRep().create();
        int id = TestDeals.create(rep, TestDeals.deal("Repeated"));
        String path = "/api/v1/deals/" + id + "/guides";
        String tag = as(rep).get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        as(rep).header("If-None-Match", tag).get(path).then().statusCode(304).body(emptyString());

        as(rep).body(Map.of("playbook", slug, "item", key + "-contact", "done", true)).put("/api/v1/deals/" + id + "/ticks")
                .then().statusCode(200);
        String ticked = as(rep).header("If-None-Match", tag).get(path).then().statusCode(200)
                .body("guides.find { it.playbook == '" + slug + "' }.items[0].ticked", equalTo(true)).extract().header("ETag");
        assertThat(ticked).isNotEqualTo(tag);

        TestPlaybook.publish(manager, slug, guide(key, "Say hello, then listen."), 1, 201);
        as(rep).header("If-None-Match", ticked).get(path).then().statusCode(200)
                .body("guides.find { it.playbook == '" + slug + "' }.version", equalTo(2));
    }

    @Test
    void aVersionsPageIsRevalidatedPerViewerAndChangesWithANewVersion() {
        Person manager = aManager().create();
        String slug = TestPlaybook.newPlaybook(manager, "Page " + System.nanoTime());
        TestPlaybook.publish(manager, slug, "# Page\n\nFirst words.\n", 0, 201);
        PageSession rep = PageSession.signedIn(aRep().create());
        String path = "/playbooks/" + slug + "?version=1";
        String tag = rep.get(path).then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"))
                .body(containsString("First words.")).extract().header("ETag");
        rep.request().header("If-None-Match", tag).get(path).then().statusCode(304).body(emptyString());

        PageSession other = PageSession.signedIn(aRep().create());
        other.request().header("If-None-Match", tag).get(path).then().statusCode(200).body(containsString("First words."));

        TestPlaybook.publish(manager, slug, "# Page\n\nOther words.\n", 1, 201);
        rep.request().header("If-None-Match", tag).get(path).then().statusCode(200);
    }

    @Test
    void anotherViewerDoesNotGetTheTagOfSomethingTheyMayNotSee() {
        Person owner = aRep().create();
        int id = TestDeals.create(owner, TestDeals.deal("Private"));
        String tag = as(owner).get("/api/v1/deals/" + id + "/guides").then().statusCode(200).extract().header("ETag");
        as(aRep().create()).header("If-None-Match", tag).get("/api/v1/deals/" + id + "/guides").then().statusCode(404);
    }
}

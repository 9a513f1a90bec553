package dev.goose.testing;

import static dev.goose.testing.Api.as;

import java.util.List;
import java.util.Map;

import dev.goose.people.Person;

/**
 * Test data for onboarding, each test its own: an onboarding playbook published by a manager, and
 * enrollments made through the API as a manager would.
 */
public final class TestOnboarding {

    /**
     * Version 1: two sections, four items; "pitch" needs sign-off. Version 2 ({@link #V2}) drops
     * "calls", rewords "shadow" and adds "meet-se".
     */
    public static final String V1 = """
            ---
            kind: onboarding
            ---
            # %s

            Due dates count from your first day.

            ## First week {#first-week}
            Get set up and listen; you are not expected to sell this week.

            - [ ] Laptop, email and CRM logins work {#setup due=day1}
            - [ ] Cold call pitch role-play with your manager {#pitch due=day3 signoff}
            - [ ] Shadow two demos {#shadow due=week1}

            ## Month one {#month-one}
            Run first calls with support.

            - [ ] Make your first 100 prospecting calls {#calls due=day30}
            """;

    public static final String V2 = """
            ---
            kind: onboarding
            ---
            # %s

            Due dates count from your first day.

            ## First week {#first-week}
            Get set up and listen; you are not expected to sell this week.

            - [ ] Laptop, email and CRM logins work {#setup due=day1}
            - [ ] Cold call pitch role-play with your manager {#pitch due=day3 signoff}
            - [ ] Shadow three demos {#shadow due=week1}
            - [ ] Meet a solutions engineer {#meet-se due=day5}
            """;

    private TestOnboarding() {
    }

    /** A new onboarding playbook with {@link #V1} published; its slug. */
    public static String playbook(Person manager) {
        String title = "Ramp " + System.nanoTime();
        String slug = as(manager).body(Map.of("markdown", V1.formatted(title))).post("/api/v1/playbooks").then()
                .statusCode(201).extract().path("slug");
        TestPlaybook.publish(manager, slug, V1.formatted(title), 0, 201);
        return slug;
    }

    /** Publishes {@link #V2} over version 1, keeping the title. */
    public static void publishV2(Person manager, String slug) {
        String title = as(manager).get("/api/v1/playbooks/" + slug).then().extract().path("version.title");
        TestPlaybook.publish(manager, slug, V2.formatted(title), 1, 201);
    }

    /** Version 2 as a major version: everyone in the audience must read it again. */
    public static void publishMajorV2(Person manager, String slug) {
        String title = as(manager).get("/api/v1/playbooks/" + slug).then().extract().path("version.title");
        as(manager).body(Map.of("markdown", V2.formatted(title), "baseVersion", 1, "note", "v2", "major", true))
                .post("/api/v1/playbooks/" + slug + "/versions").then().statusCode(201);
    }

    /** Enrolls one person, starting today; the enrollment's id. */
    public static int enroll(Person manager, String slug, Person person) {
        return as(manager).body(Map.of("playbook", slug, "people", List.of(person.id))).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("[0].id");
    }

    /** Enrolls one person starting on a date (yyyy-mm-dd); the enrollment's id. */
    public static int enroll(Person manager, String slug, Person person, String startDate) {
        return as(manager).body(Map.of("playbook", slug, "people", List.of(person.id), "startDate", startDate))
                .post("/api/v1/enrollments").then().statusCode(201).extract().path("[0].id");
    }

    public static String item(int enrollment, String item, String action) {
        return "/api/v1/enrollments/" + enrollment + "/items/" + item + "/" + action;
    }
}

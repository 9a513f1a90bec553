package dev.goose.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URI;

import io.restassured.response.Response;

/** Import jobs started from a page, followed as the browser follows them. */
public final class TestImports {

    private TestImports() {
    }

    /** Follows the job a form post started, as htmx does, until it ends; returns its last progress block. */
    public static String finished(PageSession session, Response started) {
        assertThat(started.statusCode()).isEqualTo(303);
        String job = URI.create(started.header("Location")).getRawPath();
        assertThat(job).startsWith("/imports/");
        session.get(job).then().statusCode(200).body(containsString("id=\"import-progress\""));
        for (int attempt = 0; attempt < 600; attempt++) {
            String block = session.get(job + "/progress").then().statusCode(200).extract().asString();
            if (!block.contains("hx-trigger")) {
                return block;
            }
            pause();
        }
        throw new AssertionError("The import job " + job + " did not end");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

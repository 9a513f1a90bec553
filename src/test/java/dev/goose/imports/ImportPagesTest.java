package dev.goose.imports;

import static dev.goose.testing.TestImports.finished;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The page that follows an import job, as a browser polls it. */
@QuarkusTest
class ImportPagesTest {

    @Test
    void aLongImportShowsItsProgressAndEndsWithTheCounts() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        StringBuilder csv = new StringBuilder("name,account,amount,stage\n");
        for (int i = 1; i <= 3_000; i++) {
            csv.append("Paged ").append(i).append(",Acme,").append(i).append(",discovery\n");
        }
        Response started = session.postForm("/deals/import", "csv", csv.toString(), "apply", "true");
        String job = URI.create(started.header("Location")).getRawPath();
        session.get(job).then().statusCode(200).body(containsString("Import of deals"));
        assertThat(finished(session, started)).contains("id=\"import-done\"").contains("3000 rows: 3000 new, 0 updated.");
        dev.goose.testing.Api.as(rep).get("/api/v1/deals").then().body("size()", org.hamcrest.Matchers.equalTo(3_000))
                .body("name", org.hamcrest.Matchers.hasItem("Paged 2999"));
    }

    @Test
    void nobodyElseSeesSomeonesImport() {
        Person rep = aRep().create();
        PageSession session = PageSession.signedIn(rep);
        Response started = session.postForm("/deals/import", "csv", "name,account,amount,stage\nMine,Acme,1,demo\n", "apply", "true");
        String job = URI.create(started.header("Location")).getRawPath();
        finished(session, started);
        PageSession.signedIn(aRep().create()).get(job).then().statusCode(404);
        PageSession.signedIn(aRep().create()).get("/imports/no-such-job/progress").then().statusCode(404);
    }
}

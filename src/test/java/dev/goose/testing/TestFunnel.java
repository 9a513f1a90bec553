package dev.goose.testing;

import static dev.goose.testing.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.goose.people.Person;
import dev.goose.pipeline.deal.StageChange;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Deals with known stage histories, for funnel tests: a pipeline of three open stages with keys
 * of its own (so no shipped playbook guides them), deals moved through the API, and their moves
 * set to known days afterwards.
 */
public final class TestFunnel {

    public final String pipeline;
    public final String first;
    public final String second;
    public final String third;
    public final TestPipelines builder;

    private TestFunnel(Person manager) {
        String n = Long.toString(System.nanoTime(), 36);
        first = "f1-" + n;
        second = "f2-" + n;
        third = "f3-" + n;
        builder = TestPipelines.aPipeline().withOpenStage(first, 10).withOpenStage(second, 30).withOpenStage(third, 60);
        pipeline = builder.create(manager);
    }

    public static TestFunnel aPipeline(Person manager) {
        return new TestFunnel(manager);
    }

    /** A deal of the owner's, created in the first stage and moved through the stages given. */
    public int deal(Person owner, String... moves) {
        Map<String, Object> body = TestDeals.deal("Funnel deal");
        body.put("pipeline", pipeline);
        int id = TestDeals.create(owner, body);
        for (String stage : moves) {
            as(owner).body(Map.of("stage", stage)).post("/api/v1/deals/" + id + "/stage").then().statusCode(200);
        }
        return id;
    }

    /** Puts the deal's changes, oldest first, at these days after a fixed start: creation, then each move. */
    public static void retime(int deal, double... days) {
        Instant start = Instant.now().minus(Duration.ofDays(60));
        QuarkusTransaction.requiringNew().run(() -> {
            List<StageChange> changes = StageChange.list("deal.id = ?1 order by id", (long) deal);
            for (int i = 0; i < changes.size(); i++) {
                changes.get(i).changedAt = start.plusSeconds(Math.round(days[i] * 86_400));
            }
        });
    }

    public static List<String> enteredGuides(int deal) {
        return QuarkusTransaction.requiringNew().call(() -> StageChange.<StageChange>list("deal.id = ?1 order by id", (long) deal)
                .stream().map(c -> c.enteredGuides).toList());
    }

    public static List<String> guideVersions(int deal) {
        return QuarkusTransaction.requiringNew().call(() -> StageChange.<StageChange>list("deal.id = ?1 order by id", (long) deal)
                .stream().map(c -> c.guideVersions).toList());
    }

    /** A playbook whose one section guides the stage; returns its slug. Version 1 says the text given. */
    public static String guideFor(Person manager, String stage, String text) {
        String slug = TestPlaybook.newPlaybook(manager, "Guide " + stage);
        TestPlaybook.publish(manager, slug, guide(stage, text), 0, 201);
        return slug;
    }

    public static void publishGuide(Person manager, String slug, String stage, String text, int base) {
        TestPlaybook.publish(manager, slug, guide(stage, text), base, 201);
    }

    private static String guide(String stage, String text) {
        return "# Guide " + stage + "\n\n## Talk {#talk-" + stage + " stage=" + stage + "}\n" + text + "\n";
    }
}

package dev.goose.testing;

import static dev.goose.testing.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.goose.people.Person;

/**
 * Builds pipelines through the API for a test, each with a unique name and key:
 * {@code TestPipelines.aPipeline().withOpenStage("lead", 10).create(manager)}. Without stages of
 * its own, a pipeline gets "lead", "won" and "lost".
 */
public final class TestPipelines {

    private final String key = "p" + System.nanoTime();
    private final List<Map<String, Object>> stages = new ArrayList<>();
    private String exitRule = "warn";

    private TestPipelines() {
    }

    public static TestPipelines aPipeline() {
        return new TestPipelines();
    }

    public static Map<String, Object> stage(String key, String name, int winProbability, String outcome, Integer stallDays) {
        Map<String, Object> stage = new HashMap<>();
        stage.put("key", key);
        stage.put("name", name);
        stage.put("winProbability", winProbability);
        stage.put("outcome", outcome);
        stage.put("stallDays", stallDays);
        return stage;
    }

    public TestPipelines withOpenStage(String stageKey, int winProbability) {
        stages.add(stage(stageKey, "Stage " + stageKey, winProbability, "open", 10));
        return this;
    }

    public TestPipelines refusingOpenExitItems() {
        exitRule = "refuse";
        return this;
    }

    /** The request body as the API takes it, for tests that change it before sending. */
    public Map<String, Object> body() {
        List<Map<String, Object>> all = new ArrayList<>(stages.isEmpty() ? List.of(stage("lead", "Lead", 10, "open", 14)) : stages);
        all.add(stage("won", "Won", 100, "won", null));
        all.add(stage("lost", "Lost", 0, "lost", null));
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("name", "Pipeline " + key);
        body.put("exitRule", exitRule);
        body.put("stages", all);
        return body;
    }

    /** Creates the pipeline as the manager and returns its key. */
    public String create(Person manager) {
        return as(manager).body(body()).post("/api/v1/pipelines").then().statusCode(201).extract().path("key");
    }
}

package dev.goose.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.goose.testing.Requirements;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The first day of a cluster: two Goose nodes (the PostgreSQL build the build makes in
 * target/postgresql-app) started at the same moment on one empty PostgreSQL, with the first admin
 * set on both. Both start, the once-only work happens once, and they act as one Goose.
 */
@Tag("nodes")
class TwoNodesTest {

    private static final String ADMIN = "first.admin@example.com";
    private static final String PASSWORD = "two nodes, one admin";
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Process> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;

    @Test
    void twoNodesStartedTogetherOnAnEmptyDatabaseBothStartDoTheFirstStartOnceAndActAsOne() throws Exception {
        Path app = Path.of(System.getProperty("goose.test.nodes-app", "target/postgresql-app/quarkus-run.jar"));
        Requirements.require(Files.isRegularFile(app), "The PostgreSQL build of Goose (" + app + ", made by ./mvnw verify)");
        postgres = EmbeddedPostgres.builder().start();
        Path logs = Files.createDirectories(Path.of("target", "nodes"));
        int portA = freePort();
        int portB = freePort();
        nodes.add(start(app, portA, logs.resolve("node-a.log")));
        nodes.add(start(app, portB, logs.resolve("node-b.log")));
        String a = "http://127.0.0.1:" + portA;
        String b = "http://127.0.0.1:" + portB;
        awaitReady(a, nodes.get(0), logs.resolve("node-a.log"));
        awaitReady(b, nodes.get(1), logs.resolve("node-b.log"));

        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            assertThat(rows(db, "select email, role from person")).containsExactly(ADMIN + " admin");
            assertThat(rows(db, "select count(*) from playbook")).containsExactly(String.valueOf(shippedPlaybooks()));
            assertThat(rows(db, "select count(*) from playbook_version group by playbook_id")).containsOnly("1");
        }

        // A person added on one node signs in on the other at once.
        String email = "added.on.a@example.com";
        HttpResponse<String> added = send(a, "POST", "/api/v1/people", ADMIN, PASSWORD,
                Map.of("name", "Added On A", "email", email, "role", "rep", "password", "a password of rep"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpResponse<String> me = send(b, "GET", "/api/v1/me", email, "a password of rep", null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json.readTree(me.body()).path("email").asText()).isEqualTo(email);

        // A browser signed in on one node is signed in on the other: no sticky sessions.
        String session = signIn(a, ADMIN, PASSWORD);
        HttpResponse<String> home = page(b, "/", session);
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);

        // A version published on one node makes the same base version stale on the other.
        HttpResponse<String> draft = send(a, "POST", "/api/v1/playbooks", ADMIN, PASSWORD, Map.of("markdown", "# Both nodes\n"));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String slug = json.readTree(draft.body()).path("slug").asText();
        String versions = "/api/v1/playbooks/" + slug + "/versions";
        HttpResponse<String> first = send(a, "POST", versions, ADMIN, PASSWORD,
                Map.of("markdown", "# Both nodes\n\nFrom A.\n", "baseVersion", 0, "note", "from A"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> read = send(b, "GET", "/api/v1/playbooks/" + slug, ADMIN, PASSWORD, null);
        assertThat(json.readTree(read.body()).path("version").path("number").asInt()).as(read.body()).isEqualTo(1);
        HttpResponse<String> stale = send(b, "POST", versions, ADMIN, PASSWORD,
                Map.of("markdown", "# Both nodes\n\nFrom B.\n", "baseVersion", 0, "note", "from B"));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        // With the database gone, the nodes say so and when to come back, rather than failing. (Losing
        // the database empties their caches, so each request looks up who is signing in first.)
        postgres.close();
        postgres = null;
        HttpResponse<String> down = send(a, "GET", "/api/v1/people", ADMIN, PASSWORD, null);
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).isPresent();
        assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> signingIn = send(b, "GET", "/api/v1/me", "someone.new@example.com", "not known yet", null);
        assertThat(signingIn.statusCode()).as(signingIn.body()).isEqualTo(503);
        assertThat(signingIn.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> aPage = page(a, "/", session);
        assertThat(aPage.statusCode()).as(aPage.body()).isEqualTo(503);
        assertThat(aPage.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(aPage.body()).contains("Service Unavailable");
    }

    /** Signs in through the form, as a browser does; returns the session cookie. */
    private String signIn(String base, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = cookie(login, "goose_csrf");
        String form = "_csrf=" + enc(csrf) + "&email=" + enc(email) + "&password=" + enc(password);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "goose_csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        return "goose_session=" + cookie(signedIn, "goose_session");
    }

    private HttpResponse<String> page(String base, String path, String cookie) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("No cookie " + name + " in " + response.headers()));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws Exception {
        nodes.forEach(Process::destroy);
        for (Process node : nodes) {
            if (!node.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private Process start(Path app, int port, Path log) throws IOException {
        Path workDir = Files.createTempDirectory("goose-node");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:TieredStopAtLevel=1", "-jar", app.toAbsolutePath().toString())
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("GOOSE_ADMIN_EMAIL", ADMIN);
        env.put("GOOSE_ADMIN_PASSWORD", PASSWORD);
        env.put("GOOSE_PLAYBOOKS_FOLDER", Path.of("playbooks").toAbsolutePath().toString());
        env.put("GOOSE_REMINDERS_CRON", "off");
        return builder.start();
    }

    private void awaitReady(String base, Process node, Path log) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new AssertionError("A node stopped while starting:\n" + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("A node was not ready within " + START_LIMIT + ":\n" + tail(log));
    }

    private HttpResponse<String> send(String base, String method, String path, String user, String password, Object body)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder(result.getString(1));
                for (int i = 2; i <= columns; i++) {
                    row.append(' ').append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long shippedPlaybooks() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("playbooks"))) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".md") && !name.equalsIgnoreCase("README.md")).count();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package dev.goose.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak for the sign-in tests: the keycloak-quarkus-dist zip that the build unpacks from
 * Maven Central, started in dev mode on loopback with the realm from keycloak/goose-realm.json.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final int PORT = Integer.getInteger("goose.test.keycloak-port", 8183);
    public static final String REALM_URL = "http://localhost:" + PORT + "/realms/goose";
    private static final Duration STARTUP = Duration.ofMinutes(4);

    private static volatile boolean running;
    private Process process;

    public static boolean isRunning() {
        return running;
    }

    static Path home() {
        return Path.of(System.getProperty("goose.test.keycloak-home", "target/keycloak/keycloak-26.5.6"));
    }

    @Override
    public Map<String, String> start() {
        Path home = home();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            // The tests then skip, or fail in strict mode; see Requirements.
            return Map.of("quarkus.oidc.auth-server-url", REALM_URL);
        }
        try {
            deleteTree(home.resolve("data/h2"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(Path.of("keycloak/goose-realm.json"), home.resolve("data/import/goose-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path log = Path.of("target", "keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + PORT, "--http-host=127.0.0.1", "--import-realm"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            process = builder.start();
            waitUntilReady(log);
            running = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.oidc.auth-server-url", REALM_URL);
    }

    private void waitUntilReady(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited while starting; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within " + STARTUP + "; see " + log.toAbsolutePath());
    }

    @Override
    public void stop() {
        running = false;
        if (process != null) {
            // kc.sh starts java as a child without exec: stop the whole tree.
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

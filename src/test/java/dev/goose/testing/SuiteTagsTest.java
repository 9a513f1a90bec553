package dev.goose.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The build picks suites by tag (see the surefire executions in pom.xml): every test class outside
 * Quarkus says it is a unit test, so that {@code -Dgroups=unit} runs them all, and a unit-tagged
 * Quarkus test would be left out of the PostgreSQL pass.
 */
@Tag("unit")
class SuiteTagsTest {

    @Test
    void everyTestClassOutsideQuarkusIsTaggedUnitOrNodes() throws Exception {
        List<String> untagged = testClasses().filter(c -> !c.isAnnotationPresent(QuarkusTest.class))
                .filter(c -> !hasTag(c, "unit") && !hasTag(c, "nodes")).map(Class::getName).toList();
        assertThat(untagged).as("test classes without Quarkus and without @Tag(\"unit\")").isEmpty();
    }

    @Test
    void noQuarkusTestIsTaggedUnit() throws Exception {
        List<String> mixed = testClasses().filter(c -> c.isAnnotationPresent(QuarkusTest.class)).filter(c -> hasTag(c, "unit"))
                .map(Class::getName).toList();
        assertThat(mixed).as("Quarkus tests tagged unit").isEmpty();
    }

    /** The keycloak and nodes executions pick their classes by name too (see pom.xml), so the names must say the tag. */
    @Test
    void theKeycloakAndNodesClassesAreNamedAsTheirExecutionsFindThem() throws Exception {
        List<Class<?>> classes = testClasses().toList();
        assertThat(classes.stream().filter(c -> hasTagAnywhere(c, "keycloak")).map(Class::getSimpleName))
                .allMatch(name -> name.startsWith("Keycloak") && name.endsWith("Test"));
        assertThat(classes.stream().filter(c -> hasTagAnywhere(c, "nodes")).map(Class::getSimpleName))
                .allMatch(name -> name.endsWith("NodesTest"));
        assertThat(classes.stream().filter(c -> c.getSimpleName().startsWith("Keycloak")))
                .allMatch(c -> hasTag(c, "keycloak"));
        assertThat(classes.stream().filter(c -> c.getSimpleName().endsWith("NodesTest"))).allMatch(c -> hasTag(c, "nodes"));
    }

    private static boolean hasTag(Class<?> type, String tag) {
        return Arrays.stream(type.getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals(tag));
    }

    private static boolean hasTagAnywhere(Class<?> type, String tag) {
        return hasTag(type, tag) || Arrays.stream(type.getDeclaredMethods())
                .anyMatch(m -> Arrays.stream(m.getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals(tag)));
    }

    /** The top-level classes compiled from src/test/java that hold at least one test method. */
    private static Stream<Class<?>> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(SuiteTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList();
        }
        return files.stream().map(p -> root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "."))
                .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())))
                .filter(SuiteTagsTest::holdsTests);
    }

    private static boolean holdsTests(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> AnnotationSupport.isAnnotated(m, Testable.class));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SuiteTagsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

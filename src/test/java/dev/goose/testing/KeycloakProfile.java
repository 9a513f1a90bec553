package dev.goose.testing;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Goose as production runs it with Keycloak: the "keycloak" configuration profile, nothing rebuilt. */
public class KeycloakProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "test,keycloak";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class));
    }
}

package dev.goose.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Goose as production runs it with Keycloak: the "keycloak" configuration profile, nothing rebuilt. */
public class KeycloakProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "test,keycloak";
    }

    /** The secret of the web client in keycloak/goose-realm.json; production passes GOOSE_OIDC_SECRET. */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.credentials.secret", "goose-web-secret");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class));
    }
}

package dev.goose.people;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.goose.web.CsrfToken;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the layout needs on every page: who is looking, what they may reach, the form token. */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    CurrentPerson current;

    @Inject
    CsrfToken csrf;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean keycloak;

    public boolean isSignedIn() {
        return current.isSignedIn();
    }

    public String getName() {
        return current.name();
    }

    public String getRoleLabel() {
        return isSignedIn() ? current.role().label() : "";
    }

    public boolean isAdmin() {
        return isSignedIn() && current.hasRole(Role.ADMIN);
    }

    /** Admins and managers: the people who see teams. */
    public boolean isLeader() {
        return isSignedIn() && (current.hasRole(Role.ADMIN) || current.hasRole(Role.MANAGER));
    }

    public String getCsrf() {
        return csrf.value();
    }

    /** Built-in accounts have passwords in Goose; with Keycloak, Keycloak keeps them. */
    public boolean isBuiltInAccounts() {
        return !keycloak;
    }

    public boolean isDevMode() {
        return LaunchMode.current() == LaunchMode.DEVELOPMENT;
    }
}

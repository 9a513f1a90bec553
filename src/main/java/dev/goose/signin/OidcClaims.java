package dev.goose.signin;

import java.util.Optional;
import java.util.Set;

import dev.goose.people.Role;

/** What Goose takes from a Keycloak token: who it is, how to reach them, and their realm roles. */
public record OidcClaims(String subject, String email, String name, Set<String> roles) {

    /** The strongest Goose role among the realm roles, if any of them is a Goose role. */
    public Optional<Role> role() {
        for (Role role : Role.values()) {
            if (roles.contains(role.key())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name.trim();
        }
        return email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@'));
    }
}

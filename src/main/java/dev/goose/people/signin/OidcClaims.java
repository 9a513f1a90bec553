package dev.goose.people.signin;

import java.util.Set;

import dev.goose.people.Role;

/** What Goose takes from a Keycloak token: who it is, how to reach them, and their realm roles. */
record OidcClaims(String subject, String email, boolean emailVerified, String name, Set<String> roles) {

    /** The strongest Goose role among the realm roles; without any, a rep. Keycloak alone decides. */
    Role role() {
        for (Role role : Role.values()) {
            if (roles.contains(role.key())) {
                return role;
            }
        }
        return Role.REP;
    }

    String displayName() {
        if (name != null && !name.isBlank()) {
            String trimmed = name.trim();
            return trimmed.length() <= 200 ? trimmed : trimmed.substring(0, 200);
        }
        return email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@'));
    }
}

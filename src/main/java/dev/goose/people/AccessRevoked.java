package dev.goose.people;

/** Fired when a person's existing sign-ins must stop working: deactivation or a password reset. */
public record AccessRevoked(Long personId) {
}

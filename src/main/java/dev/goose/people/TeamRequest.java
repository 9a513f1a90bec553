package dev.goose.people;

/** What an admin sends to create or change a team. */
public record TeamRequest(String name, Long managerId) {
}

package dev.goose.people;

/**
 * What an admin sends to create or change a team. The time zone is an IANA id such as
 * "America/Chicago"; left out, it is UTC.
 */
public record TeamRequest(String name, Long managerId, String timeZone) {
}

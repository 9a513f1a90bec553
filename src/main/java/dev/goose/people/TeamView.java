package dev.goose.people;

/** A team as the API and pages show it. */
public record TeamView(Long id, String name, Long managerId, String managerName, long members, boolean active,
        String timeZone) {
}

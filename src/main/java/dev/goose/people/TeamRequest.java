package dev.goose.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to create or change a team. The time zone is an IANA id such as
 * "America/Chicago"; left out, it is UTC.
 */
public record TeamRequest(
        @NotBlank(message = "Enter a team name.") @Size(max = 120, message = "Use at most 120 characters.") String name,
        @NotNull(message = "Choose the team's manager.") Long managerId,
        String timeZone) {
}

package dev.goose.people;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an admin sends to create or change a person. The password is optional: with it the person
 * can sign in with a built-in account, and on a change it resets the password and unlocks them.
 */
public record PersonRequest(String name, String email,
        @Schema(enumeration = { "admin", "manager", "rep" }) String role, Long teamId, Long managerId,
        LocalDate hireDate, @Schema(description = "At least 10 characters; never returned") String password) {
}

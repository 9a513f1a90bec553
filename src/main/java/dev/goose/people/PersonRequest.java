package dev.goose.people;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to create or change a person. The password is optional: with it the person
 * can sign in with a built-in account, and on a change it resets the password and unlocks them.
 * The email and role are taken with surrounding spaces and in any case, as they are stored trimmed
 * and in lower case.
 */
public record PersonRequest(
        @NotBlank(message = "Enter a name.") @Size(max = 200, message = "Use at most 200 characters.") String name,
        @NotBlank(message = "Enter an email address.")
        @Size(max = 320, message = EMAIL_LIKE) @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = EMAIL_LIKE)
        String email,
        @Schema(enumeration = { "admin", "manager", "rep" })
        @NotNull(message = ROLES) @Pattern(regexp = "(?i)\\s*(admin|manager|rep)\\s*", message = ROLES) String role,
        Long teamId, Long managerId,
        LocalDate hireDate, @Schema(description = "At least 10 characters; never returned") String password) {

    static final String EMAIL_LIKE = "Enter an email address like name@example.com.";
    static final String ROLES = "Choose a role: admin, manager or rep.";
}

package dev.goose.people;

import java.time.LocalDate;

/** A person as the API and pages show them. Never carries a password hash. */
public record PersonView(Long id, String name, String email, Role role, Long teamId, String teamName,
        Long managerId, String managerName, LocalDate hireDate, boolean active, boolean newHire, boolean locked,
        boolean passwordSet) {
}

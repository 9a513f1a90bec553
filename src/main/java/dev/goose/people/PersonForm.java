package dev.goose.people;

import java.time.LocalDate;

import dev.goose.errors.InvalidInput;
import dev.goose.time.Dates;

/** The person form as typed, kept as text so that a refused form comes back exactly as it was. */
record PersonForm(Long id, String name, String email, String role, String teamId, String managerId,
        String hireDate) {

    /** A new person's form, hired today unless the admin says otherwise. */
    static PersonForm blank(LocalDate today) {
        return new PersonForm(null, "", "", Role.REP.key(), "", "", today.toString());

    }

    static PersonForm of(PersonView person) {
        return new PersonForm(person.id(), person.name(), person.email(), person.role().key(), text(person.teamId()),
                text(person.managerId()), person.hireDate() == null ? "" : person.hireDate().toString());
    }

    /**
     * The request this form stands for. Fields that are not even well-formed go into the collector
     * and stay empty in the request, so that they are reported together with every other problem.
     */
    PersonRequest toRequest(String password, InvalidInput.Collector errors) {
        Long team = errors.parse("teamId", teamId, Long::valueOf, "Choose a team from the list.");
        Long manager = errors.parse("managerId", managerId, Long::valueOf, "Choose a manager from the list.");
        LocalDate hired = errors.parse("hireDate", hireDate, Dates::parse, "Enter a date like 2026-01-31.");
        return new PersonRequest(name, email, role, team, manager, hired, password);
    }

    private static String text(Long id) {
        return id == null ? "" : id.toString();
    }
}

package dev.goose.people.signin;

import dev.goose.people.Person;
import dev.goose.people.Role;

/** Who a request is made by, as far as security needs to know: detached from any transaction. */
record SignedIn(Long personId, String email, String name, Role role) {

    static SignedIn of(Person person) {
        return new SignedIn(person.id, person.email, person.name, person.role);
    }
}

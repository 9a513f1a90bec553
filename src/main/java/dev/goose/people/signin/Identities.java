package dev.goose.people.signin;

import dev.goose.people.CurrentPerson;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a Goose person: exactly one role, and the person's id. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(SignedIn person) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(person.email()))
                .addRole(person.role().key())
                .addAttribute(CurrentPerson.ID_ATTRIBUTE, person.personId())
                .addAttribute(CurrentPerson.NAME_ATTRIBUTE, person.name())
                .build();
    }

    /** Keeps what the identity provider established (principal, tokens) but takes the role from Goose. */
    static SecurityIdentity of(SignedIn person, SecurityIdentity external) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(external.getPrincipal())
                .addCredentials(external.getCredentials())
                .addAttributes(external.getAttributes())
                .addRole(person.role().key())
                .addAttribute(CurrentPerson.ID_ATTRIBUTE, person.personId())
                .addAttribute(CurrentPerson.NAME_ATTRIBUTE, person.name())
                .build();
    }
}

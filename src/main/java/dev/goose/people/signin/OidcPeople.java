package dev.goose.people.signin;

import java.time.Clock;

import org.jboss.logging.Logger;

import dev.goose.cluster.AppLock;
import dev.goose.people.Person;
import dev.goose.people.Role;
import dev.goose.time.Clocks;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Finds the Goose person behind a Keycloak sign-in: by subject once known, else by a verified email
 * (and then remembers the subject), else creates them. The Goose role always follows the realm
 * roles, so taking a role away in Keycloak takes it away in Goose at the next sign-in.
 */
@ApplicationScoped
class OidcPeople {

    private static final Logger LOG = Logger.getLogger(OidcPeople.class);

    @Inject
    Clock clock;

    @Transactional
    public SignedIn signIn(OidcClaims claims) {
        Person person = Person.byOidcSubject(claims.subject()).orElse(null);
        if (person == null) {
            // Someone new: their first requests may reach several nodes at once. Those take turns
            // here, and each after the first finds the person the first one created. The email is
            // only looked at in turn too: read outside, it could find the person another request
            // has just linked to this very subject, and refuse them as someone else.
            AppLock.acquire(AppLock.NEW_PERSON);
            person = known(claims);
        }
        if (person == null) {
            person = new Person();
            person.createdAt = clock.instant();

            person.name = claims.displayName();
            person.email = Person.normalizeEmail(claims.email());
            person.role = claims.role();
            person.hireDate = Clocks.serverToday(clock);
            person.oidcSubject = claims.subject();
            person.persist();
            LOG.infof("Created person %d (%s) on first Keycloak sign-in", person.id, person.role.key());
            return SignedIn.of(person);
        }
        if (!person.active) {
            throw new AuthenticationFailedException("The person is deactivated");
        }
        person.oidcSubject = claims.subject();
        Role role = claims.role();
        if (person.role != role) {
            LOG.infof("Role of person %d follows Keycloak: %s -> %s", person.id, person.role.key(), role.key());
            person.role = role;
        }
        return SignedIn.of(person);
    }

    /** The person these claims belong to: by subject, else by a verified email not linked elsewhere; null if new. */
    private static Person known(OidcClaims claims) {
        Person person = Person.byOidcSubject(claims.subject()).orElse(null);
        if (person != null) {
            return person;
        }
        if (claims.email() == null || claims.email().isBlank() || claims.email().length() > 320) {
            throw new AuthenticationFailedException("The identity provider sent no usable email address");
        }
        person = Person.byEmail(claims.email()).orElse(null);
        if (person != null && (person.oidcSubject != null || !claims.emailVerified())) {
            // Someone whose email Keycloak has not verified, or whose email belongs to a person
            // linked to another Keycloak user, must never inherit that person's account.
            throw new AuthenticationFailedException("The email cannot be linked to the existing person");
        }
        return person;
    }
}

package dev.goose.people;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Makes sure somebody can sign in to a new installation: the demo team in dev mode, else the
 * first admin from GOOSE_ADMIN_EMAIL and GOOSE_ADMIN_PASSWORD. There is never a default password.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class);

    @Inject
    DemoTeam demoTeam;

    @Inject
    PeopleConfig config;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            demoTeam.seedIfEmpty();
            demoTeam.printSignIns();
            return;
        }
        if (LaunchMode.current() != LaunchMode.TEST) {
            createFirstAdmin();
        }
    }

    @Transactional
    void createFirstAdmin() {
        if (Person.count() > 0) {
            return;
        }
        var first = config.firstAdmin();
        if (first.email().isEmpty() || first.password().isEmpty()) {
            LOG.warn("Nobody can sign in yet: set GOOSE_ADMIN_EMAIL and GOOSE_ADMIN_PASSWORD to create the first admin"
                    + " (or sign in through Keycloak with the admin realm role).");
            return;
        }
        String problem = Passwords.problemWith(first.password().get());
        if (problem != null) {
            LOG.errorf("GOOSE_ADMIN_PASSWORD cannot be used: %s No admin was created.", problem);
            return;
        }
        Person admin = new Person();
        admin.name = first.name();
        admin.email = Person.normalizeEmail(first.email().get());
        admin.role = Role.ADMIN;
        admin.hireDate = java.time.LocalDate.now();
        admin.passwordHash = Passwords.hash(first.password().get());
        admin.persist();
        LOG.infof("Created the first admin, %s", admin.email);
    }
}

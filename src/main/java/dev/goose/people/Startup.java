package dev.goose.people;

import java.time.Clock;

import org.jboss.logging.Logger;

import dev.goose.cluster.AppLock;
import dev.goose.time.Clocks;
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
class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class);

    @Inject
    Clock clock;

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
        var first = config.firstAdmin();
        createFirstAdmin(first.email().orElse(""), first.password().orElse(""));
    }

    /**
     * Creates the first admin if nobody exists yet; returns whether it did. Nodes starting together
     * take turns here, so the second finds the first one's admin instead of creating another.
     */
    @Transactional
    boolean createFirstAdmin(String email, String password) {
        AppLock.acquire(AppLock.FIRST_START);
        if (Person.count() > 0) {
            if (!email.isBlank()) {
                LOG.info("GOOSE_ADMIN_EMAIL is ignored: people exist already. Admins manage accounts in Goose.");
            }
            return false;
        }
        if (email.isBlank() || password.isEmpty()) {
            LOG.warn("Nobody can sign in yet: set GOOSE_ADMIN_EMAIL and GOOSE_ADMIN_PASSWORD to create the first admin"
                    + " (or sign in through Keycloak with the admin realm role).");
            return false;
        }
        String problem = Passwords.problemWith(password);
        if (problem != null) {
            LOG.errorf("GOOSE_ADMIN_PASSWORD cannot be used: %s No admin was created.", problem);
            return false;
        }
        Person admin = new Person();
        admin.name = config.firstAdmin().name();
        admin.email = Person.normalizeEmail(email);
        admin.role = Role.ADMIN;
        admin.createdAt = clock.instant();
        admin.hireDate = Clocks.serverToday(clock);

        admin.passwordHash = Passwords.hash(password);
        admin.persist();
        LOG.infof("Created the first admin, %s", admin.email);
        return true;
    }
}

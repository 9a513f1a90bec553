package dev.goose.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jboss.logging.Logger;

import dev.goose.cluster.AppLock;
import dev.goose.time.Clocks;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The demo team that dev mode seeds into an empty database, so that a fresh `quarkus:dev` has
 * someone to sign in as in every role. Never created outside dev mode.
 */
@ApplicationScoped
public class DemoTeam {

    private static final Logger LOG = Logger.getLogger(DemoTeam.class);

    /** A demo sign-in, shown on the sign-in page in dev mode. */
    public record Account(String name, String email, String password, Role role, int hiredDaysAgo) {
        public String roleLabel() {
            return hiredDaysAgo <= 7 && role == Role.REP ? "New hire" : role.label();
        }
    }

    public static final String MANAGER = "manager@goose.local";
    public static final String NEW_HIRE = "nina@goose.local";

    public static final List<Account> ACCOUNTS = List.of(
            new Account("Ada Admin", "admin@goose.local", "goose-admin-demo", Role.ADMIN, 900),
            new Account("Maria Manager", MANAGER, "goose-manager-demo", Role.MANAGER, 700),
            new Account("Rick Rep", "rick@goose.local", "goose-rep-demo", Role.REP, 400),
            new Account("Rita Rep", "rita@goose.local", "goose-rep-demo", Role.REP, 200),
            new Account("Nina Newhire", NEW_HIRE, "goose-rep-demo", Role.REP, 2));

    @Inject
    Clock clock;

    public static boolean shown() {
        return LaunchMode.current() == LaunchMode.DEVELOPMENT;
    }

    /** Seeds the demo team when the database has nobody yet. */
    @Transactional
    public void seedIfEmpty() {
        AppLock.acquire(AppLock.FIRST_START);
        if (Person.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = Clocks.serverToday(clock);
        Team team = new Team();
        team.createdAt = now;
        team.name = "Demo sales team";
        team.persist();
        for (Account account : ACCOUNTS) {
            Person person = new Person();
            person.createdAt = now;
            person.name = account.name();
            person.email = account.email();
            person.role = account.role();
            person.hireDate = today.minusDays(
account.hiredDaysAgo());
            person.passwordHash = Passwords.hash(account.password());
            if (account.role() != Role.ADMIN) {
                person.team = team;
                person.manager = team.manager;
            }
            person.persist();
            TeamMembership.joined(person, clock);
            if (account.role() == Role.MANAGER) {
                team.manager = person;
            }
        }
        LOG.info("Demo team seeded");
    }

    /** Printed at every dev start, not only the first, so the sign-ins are easy to find. */
    public void printSignIns() {
        StringBuilder banner = new StringBuilder("Demo sign-ins at http://localhost:8080/login (dev mode only):");
        ACCOUNTS.forEach(a -> banner.append(String.format("%n  %-9s %-22s password %s", a.roleLabel(), a.email(), a.password())));
        LOG.info(banner);
    }
}

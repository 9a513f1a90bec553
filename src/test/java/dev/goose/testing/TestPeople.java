package dev.goose.testing;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import dev.goose.people.Passwords;
import dev.goose.people.Person;
import dev.goose.people.Role;
import dev.goose.people.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Builds people and teams for a test, each with unique names and emails so that tests never
 * depend on each other's data: {@code TestPeople.aRep().onTeam(team).create()}.
 */
public final class TestPeople {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String HASH = Passwords.hash(PASSWORD);

    private final Role role;
    private String name;
    private Long teamId;
    private Long managerId;
    private LocalDate hireDate = LocalDate.now().minusYears(1);
    private boolean active = true;

    private TestPeople(Role role) {
        this.role = role;
        this.name = role.label() + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public static TestPeople anAdmin() {
        return new TestPeople(Role.ADMIN);
    }

    public static TestPeople aManager() {
        return new TestPeople(Role.MANAGER);
    }

    public static TestPeople aRep() {
        return new TestPeople(Role.REP);
    }

    public TestPeople named(String name) {
        this.name = name;
        return this;
    }

    public TestPeople onTeam(Team team) {
        this.teamId = team.id;
        return this;
    }

    public TestPeople managedBy(Person manager) {
        this.managerId = manager.id;
        return this;
    }

    public TestPeople hired(LocalDate date) {
        this.hireDate = date;
        return this;
    }

    public TestPeople inactive() {
        this.active = false;
        return this;
    }

    public Person create() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person();
            person.createdAt = TestClock.now();
            person.name = name;
            person.email = name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@test.goose";
            person.role = role;
            person.hireDate = hireDate;
            person.active = active;
            person.passwordHash = HASH;
            person.team = teamId == null ? null : Team.findById(teamId);
            person.manager = managerId == null ? null : Person.findById(managerId);
            person.persist();
            return person;
        });
    }

    /** A team led by the given manager. */
    public static Team aTeamLedBy(Person manager) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = new Team();
            team.createdAt = TestClock.now();

            team.name = "Team " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
            team.manager = Person.findById(manager.id);
            team.persist();
            return team;
        });
    }

    public static Person reload(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findById(person.id));
    }
}

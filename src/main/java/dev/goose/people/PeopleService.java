package dev.goose.people;

import java.time.Clock;
import java.util.List;

import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use cases about people: who the viewer may see, and the admin's changes to the team roster. */
@ApplicationScoped
public class PeopleService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    PeopleConfig config;

    @Inject
    Event<AccessRevoked> revoked;

    @Inject
    Event<PersonCreated> created;

    @Inject
    Event<Unlocked> unlocked;

    /** The signed-in person. */
    @Transactional
    public PersonView me() {
        return view(current.get());
    }

    /** Teams the signed-in person leads. */
    @Transactional
    public List<TeamView> teamsLedByMe() {
        return Team.ledBy(current.get()).stream().map(TeamService::view).toList();
    }

    /** Everyone the signed-in person may see, optionally only one team and only active people. */
    @Transactional
    public List<PersonView> visiblePeople(Long teamId, boolean includeInactive) {
        return access.visiblePeople(current.get()).stream()
                .filter(person -> includeInactive || person.active)
                .filter(person -> teamId == null || (person.team != null && person.team.id.equals(teamId)))
                .map(this::view).toList();
    }

    /** One person, if the signed-in person may see them; otherwise not found. */
    @Transactional
    public PersonView person(Long id) {
        return view(access.visiblePerson(current.get(), id));
    }

    /** People who may lead a team or manage someone: active admins and managers. */
    @Transactional
    public List<PersonView> leaders() {
        return Person.leaders().stream().map(this::view).toList();
    }

    /** Adds a person; nothing is saved unless every field is valid. */
    @Transactional
    public PersonView create(PersonRequest request) {
        return create(request, new InvalidInput.Collector());
    }

    /** As {@link #create(PersonRequest)}, reporting together the errors a form already found. */
    @Transactional
    public PersonView create(PersonRequest request, InvalidInput.Collector errors) {
        Person person = new Person();
        person.createdAt = clock.instant();
        apply(person, request, true, errors);
        person.persist();
        TeamMembership.joined(person, clock);
        created.fire(new PersonCreated(person.id));
        return view(person);
    }

    /** Changes a person; a new password also unlocks them and ends their sessions. */
    @Transactional
    public PersonView update(Long id, PersonRequest request) {
        return update(id, request, new InvalidInput.Collector());
    }

    /** As {@link #update(Long, PersonRequest)}, reporting together the errors a form already found. */
    @Transactional
    public PersonView update(Long id, PersonRequest request, InvalidInput.Collector errors) {
        Person person = access.visiblePerson(current.get(), id);
        boolean passwordReset = request.password() != null && !request.password().isEmpty();
        apply(person, request, false, errors);
        if (passwordReset) {
            person.recordSuccessfulSignIn();
            revoked.fire(new AccessRevoked(person.id));
        }
        return view(person);
    }

    /** Deactivates a person: they can no longer sign in, and everything they did stays. */
    @Transactional
    public PersonView deactivate(Long id) {
        Person person = access.visiblePerson(current.get(), id);
        if (person.id.equals(current.id())) {
            throw new NotAllowed("You cannot deactivate yourself; ask another admin.");
        }
        person.active = false;
        revoked.fire(new AccessRevoked(person.id));
        return view(person);
    }

    /** Lifts a lockout and the waits after failed sign-ins without touching the password. */
    @Transactional
    public PersonView unlock(Long id) {
        Person person = access.visiblePerson(current.get(), id);
        person.recordSuccessfulSignIn();
        unlocked.fire(new Unlocked(person.id));
        return view(person);
    }

    @Transactional
    public PersonView activate(Long id) {
        Person person = access.visiblePerson(current.get(), id);
        person.active = true;
        person.recordSuccessfulSignIn();
        return view(person);
    }

    private void apply(Person person, PersonRequest request, boolean creating, InvalidInput.Collector errors) {
        // The request's constraints have checked each field's shape (the API and the form both ask
        // them first); what is left needs the database: who else has the email, the teams, the admins.
        String name = trim(request.name());
        String email = Person.normalizeEmail(request.email());
        errors.require(errors.has("email") || !Person.emailTaken(email, person.id), "email",
                "Someone already has this email address.");
        Role role = Role.fromKey(request.role()).orElse(null);
        Team team = request.teamId() == null ? null : Team.findById(request.teamId());
        errors.require(request.teamId() == null || team != null, "teamId", "There is no such team.");
        boolean keepsTeam = team != null && person.team != null && person.team.id.equals(team.id);
        errors.require(team == null || team.active || keepsTeam, "teamId", "This team is deactivated; choose an active one.");
        Person manager = managerFor(person, request, team, errors);
        if (person.role == Role.ADMIN && role != null && role != Role.ADMIN
                && Person.count("role = ?1 and active = true", Role.ADMIN) <= 1) {
            errors.add("role", "Goose needs at least one active admin; make someone else admin first.");
        }
        if (role == Role.REP && person.id != null && !Team.ledBy(person).isEmpty()) {
            errors.add("role", "This person leads a team; give the team another manager first.");
        }
        String password = request.password();
        if (password != null && !password.isEmpty()) {
            String problem = Passwords.problemWith(password);
            errors.require(problem == null, "password", problem);
        }
        errors.throwIfAny();

        if (!creating) {
            // Before the team is replaced, while the team left is still known; a new person's first
            // stretch is recorded once they have an id.
            TeamMembership.moved(person, person.team, team, clock);
        }
        person.name = name;
        person.email = email;
        person.role = role;
        person.team = team;
        person.manager = manager;
        person.hireDate = request.hireDate() != null ? request.hireDate() : creating ? Clocks.serverToday(clock) : person.hireDate;
        if (password != null && !password.isEmpty()) {
            person.passwordHash = Passwords.hash(password);
        }
    }

    /** The chosen manager, or else the team's; someone never manages themselves. */
    private static Person managerFor(Person person, PersonRequest request, Team team, InvalidInput.Collector errors) {
        if (request.managerId() == null) {
            Person teamManager = team == null ? null : team.manager;
            return teamManager != null && !teamManager.id.equals(person.id) ? teamManager : null;
        }
        Person manager = Person.findById(request.managerId());
        if (manager == null || !manager.active || !manager.role.canLead()) {
            errors.add("managerId", "Choose an active manager or admin.");
            return null;
        }
        if (manager.id.equals(person.id)) {
            errors.add("managerId", "Nobody can be their own manager.");
            return null;
        }
        return manager;
    }

    PersonView view(Person person) {
        return new PersonView(person.id, person.name, person.email, person.role,
                person.team == null ? null : person.team.id, person.team == null ? null : person.team.name,
                person.manager == null ? null : person.manager.id, person.manager == null ? null : person.manager.name,
                person.hireDate, person.active, person.isNewHire(Clocks.serverToday(clock), config.newHirePeriod()),
                person.isLockedAt(clock.instant()),
 person.passwordHash != null);
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}

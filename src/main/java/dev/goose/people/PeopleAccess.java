package dev.goose.people;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.errors.NotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see whom: admins see everyone; managers see the people on the teams they lead and
 * those who report to them; reps see themselves. Asked first by every use case in this feature.
 * Someone out of sight is reported as not found, so their existence does not leak.
 */
@ApplicationScoped
public class PeopleAccess {

    @Inject
    Caches caches;

    private ReadCache<Long, Set<Long>> visibleIds;

    @PostConstruct
    void init() {
        visibleIds = caches.of("visible-people", 5_000, Region.PEOPLE);
    }

    /**
     * As {@link #canSee(Person, Person)}, by ids and the viewer's role, from memory: for read paths
     * that must not touch the database on every request.
     */
    public boolean canSee(Long viewerId, Role viewerRole, Long personId) {
        if (viewerRole == Role.ADMIN || viewerId.equals(personId)) {
            return true;
        }
        if (viewerRole != Role.MANAGER) {
            return false;
        }
        return visibleIds.get(viewerId, () -> QuarkusTransaction.joiningExisting().call(() -> Person.<Person>findByIdOptional(viewerId)
                .map(viewer -> Person.visibleTo(viewer).stream().map(p -> p.id).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of()))).contains(personId);
    }

    public boolean canSee(Person viewer, Person person) {
        if (viewer.role == Role.ADMIN || viewer.id.equals(person.id)) {
            return true;
        }
        if (viewer.role != Role.MANAGER) {
            return false;
        }
        boolean onLedTeam = person.team != null && person.team.isLedBy(viewer);
        boolean reports = person.manager != null && person.manager.id.equals(viewer.id);
        return onLedTeam || reports;
    }

    public boolean canSee(Person viewer, Team team) {
        return viewer.role == Role.ADMIN || team.isLedBy(viewer);
    }

    public Person visiblePerson(Person viewer, Long id) {
        Person person = Person.<Person>findByIdOptional(id).orElse(null);
        if (person == null || !canSee(viewer, person)) {
            throw new NotFound("The person");
        }
        return person;
    }

    public Team visibleTeam(Person viewer, Long id) {
        Team team = Team.<Team>findByIdOptional(id).orElse(null);
        if (team == null || !canSee(viewer, team)) {
            throw new NotFound("The team");
        }
        return team;
    }

    public List<Person> visiblePeople(Person viewer) {
        return switch (viewer.role) {
            case ADMIN -> Person.allByName();
            case MANAGER -> Person.visibleTo(viewer);
            case REP -> List.of(viewer);
        };
    }

    public List<Team> visibleTeams(Person viewer) {
        return viewer.role == Role.ADMIN ? Team.allByName() : Team.ledBy(viewer);
    }
}

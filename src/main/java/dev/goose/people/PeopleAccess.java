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
        return managed(viewerId).contains(personId);
    }

    /** Whom a manager sees: the people on the teams they lead and those reporting to them. */
    private Set<Long> managed(Long managerId) {
        return visibleIds.get(managerId, () -> QuarkusTransaction.joiningExisting().call(() -> Person.<Person>findByIdOptional(managerId)
                .map(manager -> Person.visibleTo(manager).stream().map(p -> p.id).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of())));
    }

    /**
     * The ids of everyone the viewer sees, themselves included, from memory like
     * {@link #canSee(Long, Role, Long)}: all people for an admin.
     */
    public Set<Long> visibleIds(Long viewerId, Role viewerRole) {
        return switch (viewerRole) {
            case ADMIN -> Set.copyOf(Person.getEntityManager().createQuery("select p.id from Person p", Long.class).getResultList());
            case MANAGER -> {
                Set<Long> ids = new java.util.HashSet<>(managed(viewerId));
                ids.add(viewerId);
                yield ids;
            }
            case REP -> Set.of(viewerId);
        };
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

    /** The person as a record, when the viewer may see them; otherwise not found. */
    public People.Member visibleMember(People.Member viewer, Long id) {
        if (id == null || !canSee(viewer.id(), viewer.role(), id)) {
            throw new NotFound("The person");
        }
        return id.equals(viewer.id()) ? viewer : People.byId(id).orElseThrow(() -> new NotFound("The person"));
    }

    /** A team as a record, when the viewer is an admin or leads it; otherwise not found. */
    public People.TeamInfo visibleTeamInfo(People.Member viewer, Long id) {
        People.TeamInfo team = People.team(id).orElse(null);
        if (team == null || !canSee(viewer, team)) {
            throw new NotFound("The team");
        }
        return team;
    }

    public boolean canSee(People.Member viewer, People.TeamInfo team) {
        return viewer.role() == Role.ADMIN || team.isLedBy(viewer.id());
    }

    /** As {@link #visibleTeams(Person)}, as records for other features. */
    public List<People.TeamInfo> visibleTeamInfos(People.Member viewer) {
        return viewer.role() == Role.ADMIN ? People.allTeams() : People.teamsLedBy(viewer.id());
    }

    /** As {@link #visiblePeople(Person)}, as records for other features. */
    public List<People.Member> visibleMembers(People.Member viewer) {
        return switch (viewer.role()) {
            case ADMIN -> People.everyone();
            case MANAGER -> Person.<Person>findByIdOptional(viewer.id())
                    .map(manager -> Person.visibleTo(manager).stream().map(People.Member::of).toList()).orElse(List.of());
            case REP -> List.of(viewer);
        };
    }

    public List<Team> visibleTeams(Person viewer) {
        return viewer.role == Role.ADMIN ? Team.allByName() : Team.ledBy(viewer);
    }
}

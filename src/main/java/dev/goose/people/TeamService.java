package dev.goose.people;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import dev.goose.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use cases about teams: listing what the viewer may see, and the admin's changes. */
@ApplicationScoped
class TeamService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    /** Teams the signed-in person may see; deactivated ones only when asked for. */
    @Transactional
    public List<TeamView> visibleTeams(boolean includeInactive) {
        return access.visibleTeams(current.get()).stream()
                .filter(team -> includeInactive || team.active)
                .map(TeamService::view).toList();
    }

    /** One team, if the signed-in person may see it; otherwise not found. */
    @Transactional
    public TeamView team(Long id) {
        return view(access.visibleTeam(current.get(), id));
    }

    /** Adds a team; nothing is saved unless every field is valid. */
    @Transactional
    public TeamView create(TeamRequest request) {
        return create(request, new InvalidInput.Collector());
    }

    /** As {@link #create(TeamRequest)}, reporting together the errors a form already found. */
    @Transactional
    public TeamView create(TeamRequest request, InvalidInput.Collector errors) {
        Team team = new Team();
        team.createdAt = clock.instant();
        apply(team, request, errors);
        team.persist();
        return view(team);
    }

    @Transactional
    public TeamView update(Long id, TeamRequest request) {
        return update(id, request, new InvalidInput.Collector());
    }

    /** As {@link #update(Long, TeamRequest)}, reporting together the errors a form already found. */
    @Transactional
    public TeamView update(Long id, TeamRequest request, InvalidInput.Collector errors) {
        Team team = access.visibleTeam(current.get(), id);
        apply(team, request, errors);
        return view(team);
    }

    /** Deactivates a team: its people and history stay, it is just no longer offered. */
    @Transactional
    public TeamView deactivate(Long id) {
        Team team = access.visibleTeam(current.get(), id);
        team.active = false;
        return view(team);
    }

    @Transactional
    public TeamView activate(Long id) {
        Team team = access.visibleTeam(current.get(), id);
        team.active = true;
        return view(team);
    }

    /** The rules past the request's shape, which its constraints have checked: they need the database. */
    private static void apply(Team team, TeamRequest request, InvalidInput.Collector errors) {
        String name = PeopleService.trim(request.name());
        errors.require(errors.has("name") || !Team.nameTaken(name, team.id), "name", "Another team already has this name.");
        Person manager = request.managerId() == null ? null : Person.findById(request.managerId());
        errors.require(errors.has("managerId") || (manager != null && manager.active && manager.role.canLead()),
                "managerId", "Choose an active manager or admin.");
        String zone = PeopleService.trim(request.timeZone());
        if (zone != null && !knownZone(zone)) {
            errors.add("timeZone", "Use a time zone id such as Europe/Berlin or America/Chicago.");
        }
        errors.throwIfAny();
        Person previous = team.manager;
        team.name = name;
        team.manager = manager;
        // Left out, a new team reads its periods in UTC and an existing one keeps its zone.
        team.timeZone = zone == null ? team.timeZone : ZoneId.of(zone).getId();
        if (team.id != null && previous != null && !previous.id.equals(manager.id)) {
            // Members who reported to the team's manager follow the team to its new manager, so the
            // previous one stops seeing them; those given another manager on purpose keep theirs.
            Person.update("manager = ?1 where team = ?2 and manager = ?3", manager, team, previous);
        }
    }

    private static boolean knownZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.length() <= 60;
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    static TeamView view(Team team) {
        return new TeamView(team.id, team.name, team.manager == null ? null : team.manager.id,
                team.manager == null ? null : team.manager.name, Person.count("team", team), team.active,
                team.timeZone);
    }
}

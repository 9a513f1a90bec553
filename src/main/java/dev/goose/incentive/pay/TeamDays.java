package dev.goose.incentive.pay;

import java.time.LocalDate;
import java.util.List;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who was on which team on which day, as pay reads it for a team's plan and pools, kept until people
 * change (region {@code PEOPLE}): every statement asks for its person's days on teams, and every
 * member of a team for the same members on the pool's last day.
 */
@ApplicationScoped
class TeamDays {

    @Inject
    Caches caches;

    private ReadCache<Long, List<People.Stretch>> stretches;
    private ReadCache<String, List<Member>> members;

    @PostConstruct
    void init() {
        stretches = caches.of("team-stretches", 2_000, Region.PEOPLE);
        members = caches.of("team-members-on-day", 1_000, Region.PEOPLE);
    }

    /** As {@link People#stretchesOf(Long)}. */
    List<People.Stretch> of(Long personId) {
        return stretches.get(personId, () -> People.stretchesOf(personId));
    }

    /** As {@link People#onTeamOn}. */
    List<Member> onTeamOn(Long teamId, LocalDate day) {
        return members.get(teamId + "/" + day, () -> People.onTeamOn(teamId, day));
    }
}

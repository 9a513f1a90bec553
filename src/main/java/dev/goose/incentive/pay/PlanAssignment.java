package dev.goose.incentive.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The plan of a playbook paying a person, or everyone on a team, from a day on. A person's own
 * assignments win over their team's; a later start takes over from an earlier one on its day.
 */
@Entity
@Table(name = "plan_assignment")
public class PlanAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "playbook_id", nullable = false)
    public Long playbookId;

    /** The person, or null for a team's assignment. */
    @Column(name = "person_id")
    public Long personId;

    /** The team, or null for a person's own assignment. */
    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "assigned_by", nullable = false)
    public Long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    /** The assignment as the coverage rule reads it. */
    Coverage.Assigned assigned() {
        return new Coverage.Assigned(playbookId, startsOn);
    }

    static List<PlanAssignment> ofPerson(Long personId) {
        return list("personId = ?1 order by startsOn", personId);
    }

    static List<PlanAssignment> ofTeam(Long teamId) {
        return teamId == null ? List.of() : list("teamId = ?1 order by startsOn", teamId);
    }

    /** Every assignment to any of the people or any of the teams, of any plan, in the order they start. */
    static List<PlanAssignment> ofAny(java.util.Collection<Long> personIds, java.util.Collection<Long> teamIds) {
        if (personIds.isEmpty() && teamIds.isEmpty()) {
            return List.of();
        }
        // An empty IN list is not valid SQL everywhere: a null id stands for none.
        List<Long> people = personIds.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(personIds);
        List<Long> teams = teamIds.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(teamIds);
        return list("personId in ?1 or teamId in ?2 order by startsOn", people, teams);
    }

    /** Every assignment of the plan in the playbook, to people and to teams. */
    static List<PlanAssignment> ofPlaybook(Long playbookId) {
        return list("playbookId = ?1 order by startsOn", playbookId);
    }
}

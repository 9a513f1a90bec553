package dev.goose.playbook.acknowledgement;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person has read version N of a playbook. Written once; a later version gets a row of its own. */
@Entity
@CachedIn(Region.PLAYBOOKS)
@Table(name = "playbook_acknowledgement")
public class Acknowledgement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "playbook_id", nullable = false)
    public Long playbookId;

    @Column(name = "version_number", nullable = false)
    public int number;

    @Column(name = "acknowledged_at", nullable = false)
    public Instant acknowledgedAt;

    static Acknowledgement record(Long personId, Long playbookId, int number, Instant at) {
        Acknowledgement acknowledgement = new Acknowledgement();
        acknowledgement.personId = personId;
        acknowledgement.playbookId = playbookId;
        acknowledgement.number = number;
        acknowledgement.acknowledgedAt = at;
        acknowledgement.persist();
        return acknowledgement;
    }

    static Optional<Acknowledgement> of(Long personId, Long playbookId, int number) {
        return find("personId = ?1 and playbookId = ?2 and number = ?3", personId, playbookId, number).firstResultOptional();
    }

    /** The person's newest acknowledgement of the playbook: the version a diff starts from. */
    static Optional<Acknowledgement> latest(Long personId, Long playbookId) {
        return find("personId = ?1 and playbookId = ?2 order by number desc", personId, playbookId).firstResultOptional();
    }

    /** Playbook id to the highest version the person acknowledged, in one query. */
    static Map<Long, Integer> latestOf(Long personId) {
        return latestOf(List.of(personId)).getOrDefault(personId, Map.of());
    }

    /** Person id to playbook id to the highest version acknowledged, for many people in one query. */
    static Map<Long, Map<Long, Integer>> latestOf(Collection<Long> personIds) {
        Map<Long, Map<Long, Integer>> latest = new HashMap<>();
        if (personIds.isEmpty()) {
            return latest;
        }
        getEntityManager().createQuery("select a.personId, a.playbookId, max(a.number) from Acknowledgement a"
                + " where a.personId in ?1 group by a.personId, a.playbookId", Object[].class)
                .setParameter(1, personIds).getResultList()
                .forEach(row -> latest.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], (Integer) row[2]));
        return latest;
    }
}

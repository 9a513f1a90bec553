package dev.goose.incentive.pay;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's acceptance of one version of their plan, signed with their name. */
@Entity
@Table(name = "plan_acceptance")
public class PlanAcceptance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "playbook_id", nullable = false)
    public Long playbookId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    /** The name as the person typed it to sign. */
    @Column(name = "signed_name", nullable = false, length = 200)
    public String signedName;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;

    static Optional<PlanAcceptance> of(Long personId, Long playbookId, int versionNumber) {
        return find("personId = ?1 and playbookId = ?2 and versionNumber = ?3", personId, playbookId, versionNumber).firstResultOptional();
    }
}

package dev.goose.onboarding.team;

import java.time.Instant;
import java.util.List;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.playbook.Playbook;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** The admin's rule, one row per playbook: every rep added from now on is enrolled in it. */
@Entity
@CachedIn(Region.ONBOARDING)
@Table(name = "auto_enrollment")
public class AutoEnrollment extends PanacheEntityBase {

    @Id
    @Column(name = "playbook_id")
    public Long playbookId;

    @MapsId
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "playbook_id")
    public Playbook playbook;

    @Column(name = "set_by")
    public Long setById;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    static List<AutoEnrollment> rule() {
        return list("select a from AutoEnrollment a join fetch a.playbook p order by lower(p.title)");
    }
}

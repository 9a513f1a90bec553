package dev.goose.onboarding.team;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.playbook.Playbooks;
import dev.goose.playbook.Playbooks.PlaybookInfo;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The admin's rule, one row per playbook: every rep added from now on is enrolled in it. */
@Entity
@CachedIn(Region.ONBOARDING)
@Table(name = "auto_enrollment")
public class AutoEnrollment extends PanacheEntityBase {

    /** An onboarding playbook new reps are enrolled in, as the playbook feature's door names it. */
    @Id
    @Column(name = "playbook_id")
    public Long playbookId;

    @Column(name = "set_by")
    public Long setById;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    /** The rule's playbooks, by title. */
    static List<PlaybookInfo> rule() {
        Map<Long, PlaybookInfo> playbooks = Playbooks.byIds(AutoEnrollment.<AutoEnrollment>listAll().stream().map(a -> a.playbookId).toList());
        return playbooks.values().stream().sorted(Comparator.comparing(p -> p.title().toLowerCase(Locale.ROOT))).toList();
    }
}

package dev.goose.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.people.People;
import dev.goose.playbook.Playbooks.VersionInfo;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

/**
 * A person enrolled in an onboarding playbook, pinned to one of its published versions until an
 * upgrade moves them on. Open until every required item is finished; the day it completes is
 * what KPI ramps count from.
 */
@Entity
@CachedIn(Region.ONBOARDING)
public class Enrollment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The person working through the checklist. */
    @Column(name = "person_id", nullable = false)
    public Long personId;

    /** The onboarding playbook, as the playbook feature's door names it. */
    @Column(name = "playbook_id", nullable = false)
    public Long playbookId;

    /** The version pinned: the checklist followed until an upgrade pins a newer one. */
    @Column(name = "version_id", nullable = false)
    public Long versionId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Who enrolled them; null when a rule enrolled them as they were added. */
    @Column(name = "enrolled_by")
    public Long enrolledById;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** The playbook's id while open; the database lets a person have one open enrollment per playbook. */
    @Column(name = "open_playbook_id")
    public Long openPlaybookId;

    static Enrollment start(Long personId, VersionInfo version, LocalDate start, Long byId, Instant now) {
        Enrollment enrollment = new Enrollment();
        enrollment.personId = personId;
        enrollment.playbookId = version.playbookId();
        enrollment.versionId = version.id();
        enrollment.startDate = start;
        enrollment.enrolledById = byId;
        enrollment.enrolledAt = now;
        enrollment.openPlaybookId = version.playbookId();
        return enrollment;
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    /** Records completion at the time the last required item was finished. */
    void complete(Instant at, LocalDate on) {
        completedAt = at;
        completedOn = on;
        openPlaybookId = null;
    }

    /** Open again, after a manager reopened an item of a completed checklist. */
    void reopen() {
        completedAt = null;
        completedOn = null;
        openPlaybookId = playbookId;
    }

    /** The enrollment locked for a change: two managers acting on one checklist at once take turns. */
    static Optional<Enrollment> locked(Long id) {
        return Enrollment.<Enrollment>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    static Optional<Enrollment> openIn(Long personId, Long playbookId) {
        return find("personId = ?1 and openPlaybookId = ?2", personId, playbookId).firstResultOptional();
    }

    public static List<Enrollment> ofPerson(Long personId) {
        return ofPeople(List.of(personId));
    }

    /** The enrollments of these people, by their names and then in the order they were made. */
    static List<Enrollment> ofPeople(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : byName(list("personId in ?1 order by enrolledAt", personIds));
    }

    static List<Enrollment> all() {
        return byName(list("order by enrolledAt"));
    }

    /** Sorted by the person's name, ignoring case; the sort is stable, so each person's stay in enrollment order. */
    private static List<Enrollment> byName(List<Enrollment> enrollments) {
        Map<Long, String> names = People.namesOf(enrollments.stream().map(e -> e.personId).distinct().toList());
        return enrollments.stream().sorted(Comparator.comparing(e -> names.getOrDefault(e.personId, "").toLowerCase(Locale.ROOT)))
                .toList();
    }
}

package dev.goose.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One step in an enrollment's history: an item's {@link ItemEvent}, or something that happened to
 * the whole enrollment (enrolled, upgraded, due dates moved, completed). Only ever inserted.
 */
@Entity
@CachedIn(Region.ONBOARDING)
@Table(name = "enrollment_event")
public class EnrollmentEvent extends PanacheEntityBase {

    /** What happened to the enrollment as a whole; item steps use {@link ItemEvent.Kind}. */
    public enum Step { ENROLLED, UPGRADED, DUE_MOVED, COMPLETED, REOPENED_ENROLLMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id")
    public Enrollment enrollment;

    /** Null for a step of the whole enrollment. */
    @Column(name = "item_key", length = 100)
    public String itemKey;

    @Column(nullable = false, length = 20)
    public String kind;

    /** Who took the step; null when a rule took it. */
    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "as_manager", nullable = false)
    public boolean asManager;

    @Column(name = "happened_at", nullable = false)
    public Instant happenedAt;

    @Column(length = 4000)
    public String detail;

    @Column(length = 2000)
    public String link;

    static EnrollmentEvent ofItem(Enrollment enrollment, String itemKey, ItemEvent event) {
        EnrollmentEvent row = new EnrollmentEvent();
        row.enrollment = enrollment;
        row.itemKey = itemKey;
        row.kind = key(event.kind().name());
        row.actorId = event.actor().personId();
        row.asManager = event.actor().isManager();
        row.happenedAt = event.at();
        row.detail = event.text();
        row.link = event.link();
        return row;
    }

    /** A step of the whole enrollment; {@code actor} is null when a rule took it. */
    static EnrollmentEvent of(Enrollment enrollment, Step step, Long actorId, boolean asManager, Instant at, String detail) {
        EnrollmentEvent row = new EnrollmentEvent();
        row.enrollment = enrollment;
        row.kind = key(step.name());
        row.actorId = actorId;
        row.asManager = asManager;
        row.happenedAt = at;
        row.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
        return row;
    }

    /** Every step of these enrollments, oldest first. */
    static List<EnrollmentEvent> of(List<Long> enrollmentIds) {
        return enrollmentIds.isEmpty() ? List.of()
                : list("select e from EnrollmentEvent e where e.enrollment.id in ?1"
                        + " order by e.happenedAt, e.id", enrollmentIds);
    }

    boolean isItemStep() {
        return itemKey != null;
    }

    /** The item step as the rules know it. */
    ItemEvent itemEvent() {
        long by = actorId == null ? 0 : actorId;
        return new ItemEvent(ItemEvent.Kind.valueOf(constant(kind)), asManager ? Actor.manager(by) : Actor.rep(by),
                happenedAt, detail, link);
    }

    /** What the step was, in words for a history list. */
    static String label(String kind) {
        return switch (kind) {
            case "done" -> "ticked";
            case "signed-off" -> "signed off";
            case "sent-back" -> "sent back";
            case "skipped" -> "skipped";
            case "reopened" -> "reopened";
            case "enrolled" -> "enrolled";
            case "upgraded" -> "upgraded";
            case "due-moved" -> "moved due dates";
            case "completed" -> "completed";
            case "reopened-enrollment" -> "reopened the onboarding";
            default -> kind;
        };
    }

    static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String constant(String key) {
        return key.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}

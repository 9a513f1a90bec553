package dev.goose.onboarding;

import java.time.Instant;
import java.time.LocalDate;
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
 * Where one item of one enrollment stands, by the item's stable id. Only items someone has acted on
 * have a row; the history lives in {@link EnrollmentEvent}. Kept when an upgrade removes the item.
 */
@Entity
@CachedIn(Region.ONBOARDING)
@Table(name = "enrollment_item")
public class EnrollmentItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id")
    public Enrollment enrollment;

    @Column(name = "item_key", nullable = false, length = 100)
    public String itemKey;

    @Column(nullable = false, length = 20)
    public String state;

    @Column(length = 2000)
    public String note;

    @Column(length = 2000)
    public String link;

    @Column(name = "skip_reason", length = 2000)
    public String skipReason;

    @Column(name = "signed_off", nullable = false)
    public boolean signedOff;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "due_override")
    public LocalDate dueOverride;

    static List<EnrollmentItem> of(List<Long> enrollmentIds) {
        return enrollmentIds.isEmpty() ? List.of() : list("enrollment.id in ?1", enrollmentIds);
    }

    /** The progress this row holds, with the item's history from the events. */
    ItemProgress progress(List<ItemEvent> history) {
        return new ItemProgress(itemKey, stateOf(state), new Evidence(note, link), skipReason, signedOff, finishedAt,
                dueOverride, history);
    }

    /** Takes the state of the progress; its history is stored as events, not here. */
    void take(ItemProgress progress) {
        state = key(progress.state());
        note = progress.evidence().note();
        link = progress.evidence().link();
        skipReason = progress.skipReason();
        signedOff = progress.signedOff();
        finishedAt = progress.finishedAt();
        dueOverride = progress.dueOverride();
    }

    static String key(ItemState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ItemState stateOf(String key) {
        return ItemState.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

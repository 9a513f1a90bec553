package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.pipeline.stage.Pipeline;
import dev.goose.pipeline.stage.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A deal in a pipeline, owned by one person, in one stage at a time. */
@Entity
@CachedIn(Region.DEALS)
public class Deal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pipeline_id")
    public Pipeline pipeline;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id")
    public Stage stage;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 200)
    public String account;

    /** Exact decimal money; never a floating point number. */
    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    /** The gross margin in the deal's currency, when known: what it earns after its direct costs. */
    @Column(precision = 19, scale = 2)
    public BigDecimal margin;

    /** The person who owns the deal; their name comes from the people feature's door. */
    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(name = "expected_close")
    public LocalDate expectedClose;

    @Column(name = "next_step", length = 500)
    public String nextStep;

    @Column(name = "external_id", length = 200)
    public String externalId;

    @Column(length = 60)
    public String source;

    @Column(name = "close_reason", length = 500)
    public String closeReason;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "stage_entered_at", nullable = false)
    public Instant stageEnteredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;


    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;


    /** Moves the deal into a stage; a closing stage closes it, any other reopens it. */
    public void enter(Stage next, Instant now, String reason) {
        stage = next;
        stageEnteredAt = now;
        updatedAt = now;
        closedAt = next.closes() ? now : null;
        closeReason = next.closes() ? reason : null;
    }

    /** Whether the deal has sat in an open stage longer than that stage allows. */
    public boolean isStalledAt(Instant now) {
        return stalled(stage.closes(), stage.stallDays, stageEnteredAt, now);
    }

    static boolean stalled(boolean closes, Integer stallDays, Instant enteredAt, Instant now) {
        return !closes && stallDays != null && Duration.between(enteredAt, now).toDays() >= stallDays;
    }
}

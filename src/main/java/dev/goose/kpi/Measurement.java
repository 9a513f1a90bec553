package dev.goose.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A number for a person and KPI on a day, such as one call logged from a deal or 42 calls
 * imported for Tuesday. A value is never overwritten silently: a change goes through
 * {@link MeasurementCorrection}, with who, when and why.
 */
@Entity
@CachedIn(Region.KPIS)
public class Measurement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kpi_id")
    public KpiDefinition kpi;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    /** The day in the person's team's time zone. */
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    public BigDecimal value;

    @Column(length = 500)
    public String note;

    /** The deal the activity was for, when logged from one. */
    @Column(name = "deal_id")
    public Long dealId;

    /** The id the importing system gave it; importing the same id again changes nothing. */
    @Column(name = "external_id", length = 200)
    public String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Origin origin;

    @Column(name = "recorded_by")
    public Long recordedById;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static Optional<Measurement> byExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }
}

package dev.goose.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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

/** A change to a measurement's value: from what, to what, by whom, when and why. Only ever appended. */
@Entity
@CachedIn(Region.KPIS)
@Table(name = "measurement_correction")
public class MeasurementCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measurement_id")
    public Measurement measurement;

    @Column(name = "old_value", nullable = false, precision = 19, scale = 4)
    public BigDecimal oldValue;

    @Column(name = "new_value", nullable = false, precision = 19, scale = 4)
    public BigDecimal newValue;

    @Column(nullable = false, length = 500)
    public String reason;

    @Column(name = "corrected_by")
    public Long correctedById;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;

    public static List<MeasurementCorrection> of(Measurement measurement) {
        return list("measurement = ?1 order by correctedAt, id", measurement);
    }
}

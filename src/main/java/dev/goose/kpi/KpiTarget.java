package dev.goose.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import jakarta.persistence.Table;

/**
 * A target on one KPI for a rep or a team, for every week, month or quarter from its first period
 * to its last (or on and on). A ramp scales it for a new rep month by month.
 */
@Entity
@CachedIn(Region.KPIS)
@Table(name = "kpi_target")
public class KpiTarget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kpi_id")
    public KpiDefinition kpi;

    /** The rep, or null for a team target. */
    @Column(name = "person_id")
    public Long personId;

    /** The team, or null for a rep's target. */
    @Column(name = "team_id")
    public Long teamId;

    /** "person:12" or "team:3": one column for the rule that a subject's targets never overlap. */
    @Column(nullable = false, length = 30)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 10)
    public PeriodKind periodKind;

    /** The first day of the first period the target applies to. */
    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    /** The last day of the last period, or null when it applies until changed. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** The full target for one period, before any ramp. */
    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    public BigDecimal value;

    /** Percents by month such as "25,50,75,100", or null without a ramp. */
    @Column(length = 200)
    public String ramp;

    @Enumerated(EnumType.STRING)
    @Column(name = "ramp_from", length = 12)
    public RampFrom rampFrom;

    @Column(name = "set_by")
    public Long setById;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    public static String personSubject(Long personId) {
        return "person:" + personId;
    }

    public static String teamSubject(Long teamId) {
        return "team:" + teamId;
    }

    /** Whether this target applies to the period: same kind, and the period starts within its span. */
    public boolean covers(Period period) {
        return periodKind == period.kind() && !period.start().isBefore(startsOn)
                && (endsOn == null || !period.start().isAfter(endsOn));
    }

    /** The ramp's percents by month; empty without a ramp. */
    public List<BigDecimal> rampPercents() {
        if (ramp == null || ramp.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ramp.split(",")).map(String::strip).map(BigDecimal::new).toList();
    }

    /**
     * The target for the period after the ramp, counted from the start date given (the rep's
     * onboarding start or hire date, as {@link #rampFrom} says); the full target without a ramp
     * or without a start date.
     */
    public BigDecimal valueFor(Period period, Optional<LocalDate> rampStart) {
        List<BigDecimal> percents = rampPercents();
        if (percents.isEmpty() || rampStart.isEmpty()) {
            return value;
        }
        return new Ramp(rampStart.get(), percents).target(value, period);
    }

    /** The targets of one subject and KPI of a kind, earliest first. */
    public static List<KpiTarget> of(KpiDefinition kpi, String subject, PeriodKind kind) {
        return list("kpi = ?1 and subject = ?2 and periodKind = ?3 order by startsOn", kpi, subject, kind);
    }

    /** Every target that covers some period of the kind starting on the date, for the subjects named. */
    public static List<KpiTarget> coveringFor(List<String> subjects, PeriodKind kind, LocalDate periodStart) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return list("subject in ?1 and periodKind = ?2 and startsOn <= ?3 and (endsOn is null or endsOn >= ?3)",
                subjects, kind, periodStart);
    }
}

package dev.goose.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * What is measured: a key that imports and the API name it by, a unit, which direction is good,
 * activity or outcome, and where the numbers come from. The key never changes once made, since
 * imports and targets refer to it.
 */
@Entity
@CachedIn(Region.KPIS)
@Table(name = "kpi_definition")
public class KpiDefinition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "kpi_key", nullable = false, length = 60)
    public String key;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 500)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Source source;

    /** Set exactly when the source is {@link Source#DERIVED}. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Derivation derivation;

    /** The stage a stage derivation is about, by key. */
    @Column(name = "stage_key", length = 60)
    public String stageKey;

    /** Where the KPI sits in lists and dashboards, smallest first. */
    @Column(nullable = false)
    public int position;

    /** An inactive KPI keeps its targets and measurements but is no longer shown or taken. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<KpiDefinition> byKey(String key) {
        return key == null ? Optional.empty() : find("key", key.strip()).firstResultOptional();
    }

    public static Optional<KpiDefinition> lockedByKey(String key) {
        return key == null ? Optional.empty()
                : find("key", key.strip()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every KPI in dashboard order, inactive ones included. */
    public static List<KpiDefinition> allInOrder() {
        return list("order by position, id");
    }

    public static List<KpiDefinition> activeInOrder() {
        return list("active = true order by position, id");
    }

    /** How the KPI is judged for pace: averages and rates are judged on level, counts and sums on accrual. */
    public PaceRule paceRule() {
        return PaceRule.of(direction, accrual());
    }

    public Accrual accrual() {
        return unit == Unit.PERCENT || unit == Unit.DAYS ? Accrual.LEVEL : Accrual.CUMULATIVE;
    }

    /** Whether a rep logs it one at a time, with a "+1" button. */
    public boolean oneClick() {
        return active && source == Source.LOGGED && unit == Unit.COUNT;
    }
}

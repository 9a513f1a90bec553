package dev.goose.incentive.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pay period an admin closed. Periods of a kind close in order, so the one after the latest is the next open period. */
@Entity
@Table(name = "pay_period")
public class ClosedPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "period_kind", nullable = false, length = 10)
    public String periodKind;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "closed_by", nullable = false)
    public Long closedBy;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    static Optional<ClosedPeriod> latest(String kind) {
        return find("periodKind = ?1 order by startsOn desc", kind).firstResultOptional();
    }

    static Optional<ClosedPeriod> of(String kind, LocalDate start) {
        return find("periodKind = ?1 and startsOn = ?2", kind, start).firstResultOptional();
    }
}

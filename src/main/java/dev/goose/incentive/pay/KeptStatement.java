package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A statement as it was approved and, once its period closed, as it was paid: the document is the statement as shown then. */
@Entity
@Table(name = "pay_statement")
public class KeptStatement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "period_kind", nullable = false, length = 10)
    public String periodKind;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(length = 3)
    public String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal total;

    /** The statement as JSON, exactly as it was shown when approved or closed. */
    @Column(nullable = false, length = 1_000_000)
    public String document;

    @Column(name = "approved_by")
    public Long approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** Set when the period closed: from then on the statement is this document and never changes. */
    @Column(name = "closed_at")
    public Instant closedAt;

    static Optional<KeptStatement> of(Long personId, String kind, LocalDate start) {
        return find("personId = ?1 and periodKind = ?2 and startsOn = ?3", personId, kind, start).firstResultOptional();
    }

    /** The person's closed statements of this kind from the day on, the earliest first. */
    static List<KeptStatement> closedOf(Long personId, String kind, LocalDate from) {
        return list("personId = ?1 and periodKind = ?2 and startsOn >= ?3 and closedAt is not null order by startsOn", personId, kind, from);
    }

    static List<KeptStatement> ofPeriod(String kind, LocalDate start) {
        return list("periodKind = ?1 and startsOn = ?2", kind, start);
    }
}

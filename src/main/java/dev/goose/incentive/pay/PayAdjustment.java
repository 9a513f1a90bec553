package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An amount a manager adds to a person's pay in an open period, with its reason; how a dispute is resolved with money. */
@Entity
@Table(name = "pay_adjustment")
public class PayAdjustment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "period_kind", nullable = false, length = 10)
    public String periodKind;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "dispute_id")
    public Long disputeId;

    @Column(name = "made_by", nullable = false)
    public Long madeBy;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt;

    static List<PayAdjustment> of(Long personId, String kind, LocalDate start) {
        return list("personId = ?1 and periodKind = ?2 and startsOn = ?3 order by madeAt, id", personId, kind, start);
    }
}

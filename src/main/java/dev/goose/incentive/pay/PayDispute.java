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

/** A rep's dispute of one statement line, as the line read when disputed; open until a manager resolves it. */
@Entity
@Table(name = "pay_dispute")
public class PayDispute extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "period_kind", nullable = false, length = 10)
    public String periodKind;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "line_formula", nullable = false, length = 2000)
    public String lineFormula;

    @Column(name = "line_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal lineAmount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "resolved_by")
    public Long resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    boolean open() {
        return resolvedAt == null;
    }

    static List<PayDispute> of(Long personId, String kind, LocalDate start) {
        return list("personId = ?1 and periodKind = ?2 and startsOn = ?3 order by openedAt, id", personId, kind, start);
    }

    /** Every open dispute, oldest first: few at any time, as each is resolved within its period or the next. */
    static List<PayDispute> allOpen() {
        return list("resolvedAt is null order by openedAt, id");
    }

    /** The open disputes of these people, from {@link #allOpen()}: a list of ids as a parameter costs Hibernate a translation per call. */
    static List<PayDispute> openOf(java.util.Collection<Long> people) {
        java.util.Set<Long> asked = java.util.Set.copyOf(people);
        return people.isEmpty() ? List.of() : allOpen().stream().filter(d -> asked.contains(d.personId)).toList();
    }
}

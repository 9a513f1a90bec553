package dev.goose.incentive.pay;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message of a dispute's exchange: the rep's comment, a manager's answer, the resolution. Never edited. */
@Entity
@Table(name = "pay_dispute_message")
public class PayDisputeMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispute_id", nullable = false)
    public Long disputeId;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(nullable = false, length = 4000)
    public String body;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    static List<PayDisputeMessage> of(java.util.Collection<Long> disputes) {
        return disputes.isEmpty() ? List.of() : list("disputeId in ?1 order by writtenAt, id", disputes);
    }
}

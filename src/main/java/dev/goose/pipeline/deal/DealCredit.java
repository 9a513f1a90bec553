package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.util.List;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's share of a deal's credit, in percent; a deal's shares sum to 100, and a deal without any credits its owner. */
@Entity
@CachedIn(Region.DEALS)
@Table(name = "deal_credit")
public class DealCredit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "deal_id", nullable = false)
    public Long dealId;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal percent;

    public static List<DealCredit> ofDeal(Long dealId) {
        return list("dealId = ?1 order by percent desc, personId", dealId);
    }
}

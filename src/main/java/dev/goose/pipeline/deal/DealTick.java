package dev.goose.pipeline.deal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An exit checklist item ticked on a deal, by playbook and item id: it outlives playbook versions. */
@Entity
@CachedIn(Region.DEALS)
@Table(name = "deal_tick")
@IdClass(DealTick.Key.class)
public class DealTick extends PanacheEntityBase {

    @Id
    @Column(name = "deal_id")
    public Long dealId;

    @Id
    @Column(name = "playbook_id")
    public Long playbookId;

    @Id
    @Column(name = "item_key", length = 100)
    public String itemKey;

    @Column(name = "ticked_by")
    public Long tickedById;

    @Column(name = "ticked_at", nullable = false)
    public Instant tickedAt;

    public static List<DealTick> of(Long dealId) {
        return list("dealId", dealId);
    }

    /**
     * The composite key, as a record so that equality cannot drift from the {@code @Id} fields;
     * its components are named as those fields, as {@code @IdClass} requires.
     */
    public record Key(Long dealId, Long playbookId, String itemKey) implements Serializable {
    }
}

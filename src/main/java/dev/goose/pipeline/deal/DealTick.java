package dev.goose.pipeline.deal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.people.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticked_by")
    public Person tickedBy;

    @Column(name = "ticked_at", nullable = false)
    public Instant tickedAt;

    public static List<DealTick> of(Long dealId) {
        return list("dealId", dealId);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public Long dealId;
        public Long playbookId;
        public String itemKey;

        public Key() {
        }

        public Key(Long dealId, Long playbookId, String itemKey) {
            this.dealId = dealId;
            this.playbookId = playbookId;
            this.itemKey = itemKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(dealId, key.dealId)
                    && Objects.equals(playbookId, key.playbookId) && Objects.equals(itemKey, key.itemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dealId, playbookId, itemKey);
        }
    }
}

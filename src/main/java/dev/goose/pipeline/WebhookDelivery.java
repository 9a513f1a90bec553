package dev.goose.pipeline;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A webhook delivery already taken, by its signature: the same request again is a replay. A
 * HubSpot event is remembered the same way, by its eventId ({@code event:<id>}).
 */
@Entity
@Table(name = "webhook_delivery")
@IdClass(WebhookDelivery.Key.class)
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    @Column(name = "source_id")
    public Long sourceId;

    @Id
    @Column(length = 64)
    public String signature;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Whether this source's delivery (or event) with this key was taken already. */
    public static boolean taken(CrmSource source, String key) {
        return findById(new Key(source.id, key)) != null;
    }

    /** Remembers a delivery (or event) as taken, in the transaction that applies it. */
    public static void remember(CrmSource source, String key, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.sourceId = source.id;
        delivery.signature = key;
        delivery.receivedAt = now;

        delivery.persist();
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public Long sourceId;
        public String signature;

        public Key() {
        }

        public Key(Long sourceId, String signature) {
            this.sourceId = sourceId;
            this.signature = signature;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(sourceId, key.sourceId) && Objects.equals(signature, key.signature);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceId, signature);
        }
    }
}

package dev.goose.pipeline.crm;

import java.io.Serializable;
import java.time.Instant;

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

    /**
     * The composite key, as a record so that equality cannot drift from the {@code @Id} fields;
     * its components are named as those fields, as {@code @IdClass} requires.
     */
    public record Key(Long sourceId, String signature) implements Serializable {
    }
}

package dev.goose.pipeline.crm;

import java.io.Serializable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * When the latest change Goose applied to one property of a fed deal happened in the CRM. CRMs
 * deliver late and out of order (HubSpot retries a failed batch for days), so an event that
 * happened before it must not move the deal back.
 */
@Entity
@Table(name = "crm_property_applied")
@IdClass(AppliedProperty.Key.class)
public class AppliedProperty extends PanacheEntityBase {

    @Id
    @Column(name = "source_id")
    public Long sourceId;

    @Id
    @Column(name = "external_id", length = 200)
    public String externalId;

    @Id
    @Column(length = 100)
    public String property;

    /** Unix milliseconds, as the CRM says. */
    @Column(name = "occurred_at", nullable = false)
    public long occurredAt;

    /** When the latest applied change of this property happened, if Goose applied one with a time. */
    static Long lastOccurredAt(CrmSource source, String externalId, String property) {
        AppliedProperty applied = findById(new Key(source.id, externalId, property));
        return applied == null ? null : applied.occurredAt;
    }

    /** Notes that a change which happened at this time was applied, unless a later one was already. */
    static void record(CrmSource source, String externalId, String property, long occurredAt) {
        AppliedProperty applied = findById(new Key(source.id, externalId, property));
        if (applied == null) {
            applied = new AppliedProperty();
            applied.sourceId = source.id;
            applied.externalId = externalId;
            applied.property = property;
            applied.occurredAt = occurredAt;
            applied.persist();
        } else if (occurredAt > applied.occurredAt) {
            applied.occurredAt = occurredAt;
        }
    }

    /**
     * The composite key, as a record so that equality cannot drift from the {@code @Id} fields;
     * its components are named as those fields, as {@code @IdClass} requires.
     */
    public record Key(Long sourceId, String externalId, String property) implements Serializable {
    }
}

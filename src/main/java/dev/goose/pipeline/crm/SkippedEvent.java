package dev.goose.pipeline.crm;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An event (or a Goose JSON deal) that Goose could not apply, kept as received with the reason,
 * so that the rest of its delivery is applied and an admin can replay it once the reason is gone.
 */
@Entity
@Table(name = "crm_skipped_event")
public class SkippedEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public CrmSource source;

    /** {@link CrmEvents#HUBSPOT} or {@link CrmEvents#GOOSE}: how to read the payload again. */
    @Column(nullable = false, length = 10)
    public String format;

    @Column(name = "event_id", length = 50)
    public String eventId;

    @Column(name = "external_id", length = 200)
    public String externalId;

    @Column(length = 100)
    public String property;

    /** Unix milliseconds, as the CRM says; null for Goose JSON. */
    @Column(name = "occurred_at")
    public Long occurredAt;

    /** The event's JSON, as received. */
    @Column(nullable = false, length = 300000)
    public String payload;

    @Column(nullable = false, length = 500)
    public String reason;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The source's skipped events in the order they were received. */
    static List<SkippedEvent> of(CrmSource source) {
        return list("source = ?1 order by id", source);
    }

    static long countOf(CrmSource source) {
        return count("source", source);
    }

    static void keep(CrmSource source, CrmEvents.Event event, String reason, Instant now) {
        SkippedEvent skipped = new SkippedEvent();
        skipped.source = source;
        skipped.format = event.format();
        skipped.eventId = event.eventId() == null || event.eventId().length() > 50 ? null : event.eventId();
        skipped.externalId = event.externalId() == null ? null : CrmEvents.limit(event.externalId(), 200);
        skipped.property = event.property() == null ? null : CrmEvents.limit(event.property(), 100);
        skipped.occurredAt = event.occurredAt();
        skipped.payload = event.raw();
        skipped.reason = CrmEvents.limit(reason, 500);
        skipped.receivedAt = now;
        skipped.persist();
    }
}

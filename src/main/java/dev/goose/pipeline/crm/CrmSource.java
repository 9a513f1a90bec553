package dev.goose.pipeline.crm;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A CRM that feeds deals in by webhook, with its signing secret and the owner of deals it creates. */
@Entity
@Table(name = "crm_source")
public class CrmSource extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 60)
    public String name;

    @Column(nullable = false, length = 200)
    public String secret;

    /** Who owns the deals this source creates when the event names no known owner. */
    @Column(name = "default_owner_id", nullable = false)
    public Long defaultOwnerId;

    /**
     * The HubSpot deal property that holds the gross margin, when the CRM keeps one: HubSpot has none of
     * its own, so it is a custom property such as {@code gross_margin}. Null when the CRM sends none.
     */
    @Column(name = "margin_property", length = 100)
    public String marginProperty;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<CrmSource> byName(String name) {
        return find("name", name).firstResultOptional();
    }
}

package dev.goose.pipeline.crm;

import java.time.Instant;
import java.util.Optional;

import dev.goose.people.Person;
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "default_owner_id")
    public Person defaultOwner;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;


    public static Optional<CrmSource> byName(String name) {
        return find("name", name).firstResultOptional();
    }
}

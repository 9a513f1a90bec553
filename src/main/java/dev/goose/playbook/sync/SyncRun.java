package dev.goose.playbook.sync;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest folder sync: when, who asked for it, and its counts. Older runs are not kept. */
@Entity
@Table(name = "playbook_sync_run")
class SyncRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "synced_at", nullable = false)
    public Instant syncedAt;

    /** A person's name, or "Goose at start-up". */
    @Column(name = "started_by", nullable = false, length = 200)
    public String startedBy;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int skipped;

    @Column(nullable = false)
    public int failed;
}

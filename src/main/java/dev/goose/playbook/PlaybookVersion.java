package dev.goose.playbook;

import java.time.Instant;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One published version of a playbook. Written once, never changed. */
@Entity
@CachedIn(Region.PLAYBOOKS)
@Table(name = "playbook_version")
public class PlaybookVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "playbook_id")
    public Playbook playbook;

    @Column(name = "version_number", nullable = false)
    public int number;

    /** Loaded only when asked for: pages show the HTML rendered at publish. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10000000)
    public String markdown;

    @Column(nullable = false, length = 64)
    public String sha256;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10000000)
    public String html;

    @Column(nullable = false, length = 300)
    public String title;

    /** The person who published it; null for versions synced from the folder. */
    @Column(name = "author_id")
    public Long authorId;

    @Column(name = "change_note", nullable = false, length = 2000)
    public String changeNote;

    /** What changed against the previous version, counted at publish: "2 sections changed, 1 item added". */
    @Column(name = "change_summary", nullable = false, length = 500)
    public String changeSummary;

    /** Everyone in the audience must read a major version again, even those who acknowledged an earlier one. */
    @Column(nullable = false)
    public boolean major;

    /** The front matter's edition when published; a version whose edition differs from the one before is major. */
    @Column(length = 60)
    public String edition;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<PlaybookVersion> of(Playbook playbook, int number) {
        return find("playbook = ?1 and number = ?2", playbook, number).firstResultOptional();
    }
}

package dev.goose.playbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.playbook.markdown.Kind;
import dev.goose.playbook.markdown.ParsedPlaybook;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A playbook: its current metadata and the number of its published version. The versions
 * themselves never change; a playbook from the folder has a source path and is read-only here.
 */
@Entity
@CachedIn(Region.PLAYBOOKS)
public class Playbook extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String slug;

    @Column(nullable = false, length = 300)
    public String title;

    @Convert(converter = KindConverter.class)
    @Column(nullable = false, length = 16)
    public Kind kind;

    /** Roles the playbook is for, comma-separated. */
    @Column(nullable = false, length = 100)
    public String audience = "";

    @Column(name = "owner_email", length = 320)
    public String ownerEmail;

    @Column(length = 2000)
    public String summary;

    @Column(name = "review_by")
    public LocalDate reviewBy;

    /** The file in the playbook folder this playbook is synced from, or null when edited in the browser. */
    @Column(name = "source_path", length = 500)
    public String sourcePath;

    @Column(name = "review_required", nullable = false)
    public boolean reviewRequired;

    /** The published version's number; 0 while nothing is published yet. */
    @Column(name = "current_number", nullable = false)
    public int currentNumber;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;


    public static Optional<Playbook> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Playbook> bySourcePath(String path) {
        return find("sourcePath", path).firstResultOptional();
    }

    public static List<Playbook> allByTitle() {
        return list("order by lower(title)");
    }

    public boolean fromFolder() {
        return sourcePath != null;
    }

    public boolean isReviewDue(LocalDate today) {
        return reviewBy != null && reviewBy.isBefore(today);
    }

    /** Takes the metadata of a newly published version. */
    void describeAs(ParsedPlaybook parsed, Instant now) {
        title = parsed.title();
        kind = parsed.kind();
        audience = String.join(",", parsed.audience());
        ownerEmail = parsed.owner();
        summary = parsed.summary();
        reviewBy = parsed.reviewBy();
        updatedAt = now;
    }
}

package dev.goose.playbook.authoring;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one shared draft of a playbook edited in the browser: not a version, just text in progress,
 * the version it was based on, and where it stands in review.
 */
@Entity
@Table(name = "playbook_draft")
public class PlaybookDraft extends PanacheEntityBase {

    public static final String EDITING = "editing";
    public static final String SUBMITTED = "submitted";
    public static final String CHANGES_REQUESTED = "changes-requested";
    public static final String APPROVED = "approved";

    /** The playbook's id: one draft per playbook. */
    @Id
    @Column(name = "playbook_id")
    public Long playbookId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10000000)
    public String markdown;

    @Column(name = "base_number", nullable = false)
    public int baseNumber;

    /** The person who saved the text last. */
    @Column(name = "author_id")
    public Long authorId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "review_state", nullable = false, length = 20)
    public String state = EDITING;

    @Column(name = "review_comment", length = 2000)
    public String reviewComment;

    @Column(name = "submitted_by")
    public Long submittedById;

    /** Saving new text takes the draft out of review: what was approved is no longer what is there. */
    void replaceText(String text, int base, Long byId, Instant now) {
        if (!text.equals(markdown) || base != baseNumber) {
            state = EDITING;
            submittedById = null;
        }
        markdown = text;
        baseNumber = base;
        authorId = byId;
        updatedAt = now;

    }
}

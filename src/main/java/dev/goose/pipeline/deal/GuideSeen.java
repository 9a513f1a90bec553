package dev.goose.pipeline.deal;

import java.io.Serializable;
import java.time.Instant;

import dev.goose.cluster.NewRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The version of a stage guide a person last saw on a deal page. */
@Entity
@Table(name = "guide_seen")
@IdClass(GuideSeen.Key.class)
public class GuideSeen extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Id
    @Column(name = "playbook_id")
    public Long playbookId;

    @Id
    @Column(length = 100)
    public String anchor;

    @Column(nullable = false)
    public int version;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;

    /**
     * Records that the person now sees this version; returns the older version they saw before, or
     * null when they saw this one already or never saw the guide. The same page opened several
     * times at once records one row, and never fails for it: this is a read, for the person.
     */
    static Integer seeNow(Long personId, Long playbookId, String anchor, int version, Instant now) {
        Key key = new Key(personId, playbookId, anchor);
        GuideSeen seen = findById(key);
        if (seen == null) {
            boolean first = new NewRow("guide_seen").key("person_id", personId).key("playbook_id", playbookId)
                    .key("anchor", anchor).value("version", version).value("seen_at", now).insertIfMissing();
            if (first) {
                return null;
            }
            seen = findById(key); // recorded by another request at the same moment
        }
        if (seen.version >= version) {
            return null; // nothing new: no write on every page view
        }
        Integer before = seen.version;
        seen.version = version;
        seen.seenAt = now;

        return before;
    }

    /**
     * The composite key, as a record so that equality cannot drift from the {@code @Id} fields;
     * its components are named as those fields, as {@code @IdClass} requires.
     */
    public record Key(Long personId, Long playbookId, String anchor) implements Serializable {
    }
}

package dev.goose.pipeline.deal;

import java.time.Instant;
import java.util.List;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.pipeline.stage.Stage;
import dev.goose.playbook.StageGuides;
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

/** One move of a deal between stages: from, to, who, when, and the guide versions shown. */
@Entity
@CachedIn(Region.DEALS)
@Table(name = "stage_change")
public class StageChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deal_id")
    public Deal deal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_stage_id")
    public Stage from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_stage_id")
    public Stage to;

    /** Who moved the deal; null for moves that came from a CRM feed. */
    @Column(name = "changed_by")
    public Long changedById;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The stage guides the deal showed, as "slug@version" joined by ", ": those of the stage it left, or for a new deal of its first stage. */
    @Column(name = "guide_versions", nullable = false, length = 2000)
    public String guideVersions;

    /** The guides of the stage entered, current at the move, as "slug@version" joined by ", "; null for moves made before they were kept. */
    @Column(name = "entered_guides", length = 2000)
    public String enteredGuides;

    /**
     * Records a move, with the guides the deal showed and those of the stage it enters, current
     * now, as "slug@version" labels: script effectiveness splits conversion by the latter.
     */
    public static void record(Deal deal, Stage from, Stage to, Long byId, Instant at, List<StageGuides.Guide> shown,
            List<StageGuides.Guide> entered) {
        StageChange change = new StageChange();
        change.deal = deal;
        change.from = from;
        change.to = to;
        change.changedById = byId;
        change.changedAt = at;
        change.guideVersions = labels(shown);
        change.enteredGuides = labels(entered);
        change.persist();
    }

    private static String labels(List<StageGuides.Guide> guides) {
        String versions = String.join(", ", guides.stream().map(StageGuides.Guide::versionLabel).distinct().toList());
        return versions.length() > 2000 ? versions.substring(0, 2000) : versions;
    }

    public static List<StageChange> of(Deal deal) {
        return list("deal = ?1 order by changedAt desc, id desc", deal);
    }
}

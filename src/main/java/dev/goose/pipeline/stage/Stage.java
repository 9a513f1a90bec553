package dev.goose.pipeline.stage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A stage of a pipeline. Its key links it to playbook sections marked {stage=key}, in every
 * pipeline that has a stage of that key; the key is fixed once the stage exists.
 */
@Entity
@CachedIn(Region.DEALS)
public class Stage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pipeline_id")
    public Pipeline pipeline;

    @Column(name = "stage_key", nullable = false, length = 60)
    public String key;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(name = "ord", nullable = false)
    public int position;

    @Column(name = "win_probability", nullable = false)
    public int winProbability;

    /** "won" or "lost" for the stages that close a deal; null for open stages. */
    @Column(length = 4)
    public String outcome;

    /** Days after which a deal still in this stage counts as stalled; null for never. */
    @Column(name = "stall_days")
    public Integer stallDays;

    /** When the stage was removed from its pipeline; kept because stage history points at it. */
    @Column(name = "retired_at")
    public Instant retiredAt;

    /** The pipeline's stages in order; removed ones are not among them. */
    public static List<Stage> of(Pipeline pipeline) {
        return list("pipeline = ?1 and retiredAt is null order by position", pipeline);
    }

    public static Optional<Stage> byKey(Pipeline pipeline, String key) {
        return find("pipeline = ?1 and key = ?2 and retiredAt is null", pipeline, key).firstResultOptional();
    }

    /** A stage by key, removed or not: adding a removed stage's key again brings that stage back. */
    static Optional<Stage> anyByKey(Pipeline pipeline, String key) {
        return find("pipeline = ?1 and key = ?2", pipeline, key).firstResultOptional();
    }

    public static Optional<Stage> outcome(Pipeline pipeline, String outcome) {
        return find("pipeline = ?1 and outcome = ?2 and retiredAt is null order by position", pipeline, outcome)
                .firstResultOptional();
    }

    /** The keys of every pipeline's stages, for callers that name a stage without a pipeline. */
    public static List<String> allKeys() {
        return getEntityManager().createQuery("select distinct s.key from Stage s where s.retiredAt is null order by s.key",
                String.class).getResultList();
    }

    public boolean closes() {
        return outcome != null;
    }
}

package dev.goose.pipeline;

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

/** A stage of a pipeline. Its key links it to playbook sections marked {stage=key}. */
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

    public static List<Stage> of(Pipeline pipeline) {
        return list("pipeline = ?1 order by position", pipeline);
    }

    public static Optional<Stage> byKey(Pipeline pipeline, String key) {
        return find("pipeline = ?1 and key = ?2", pipeline, key).firstResultOptional();
    }

    public static Optional<Stage> outcome(Pipeline pipeline, String outcome) {
        return find("pipeline = ?1 and outcome = ?2 order by position", pipeline, outcome).firstResultOptional();
    }

    public boolean closes() {
        return outcome != null;
    }
}

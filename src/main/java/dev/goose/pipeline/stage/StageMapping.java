package dev.goose.pipeline.stage;

import java.util.List;
import java.util.Optional;

import dev.goose.pipeline.crm.CrmSource;
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

/** Which Goose stage an external CRM's pipeline and stage id stand for. "*" as pipeline matches any. */
@Entity
@Table(name = "stage_mapping")
public class StageMapping extends PanacheEntityBase {

    public static final String ANY_PIPELINE = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public CrmSource source;

    @Column(name = "external_pipeline", nullable = false, length = 100)
    public String externalPipeline;

    @Column(name = "external_stage", nullable = false, length = 100)
    public String externalStage;

    @Column(name = "stage_key", nullable = false, length = 60)
    public String stageKey;

    public static List<StageMapping> of(CrmSource source) {
        return list("source = ?1 order by externalPipeline, externalStage", source);
    }

    /** The Goose stage key for an external stage, preferring a mapping for its exact pipeline. */
    public static Optional<String> stageFor(CrmSource source, String pipeline, String stage) {
        return find("source = ?1 and externalStage = ?2 and externalPipeline in (?3, '*') order by"
                + " case when externalPipeline = '*' then 1 else 0 end", source, stage, pipeline == null ? ANY_PIPELINE : pipeline)
                .<StageMapping>firstResultOptional().map(m -> m.stageKey);
    }
}

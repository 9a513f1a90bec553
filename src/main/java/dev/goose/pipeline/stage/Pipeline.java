package dev.goose.pipeline.stage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A sales pipeline: ordered stages, and whether open exit items warn or refuse a move. One is the default. */
@Entity
@CachedIn(Region.DEALS)
public class Pipeline extends PanacheEntityBase {

    public static final String WARN = "warn";
    public static final String REFUSE = "refuse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Names the pipeline to deals, CSV rows and API calls; fixed once the pipeline exists. */
    @Column(name = "pipeline_key", nullable = false, length = 60)
    public String key;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(name = "exit_rule", nullable = false, length = 10)
    public String exitRule = WARN;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;


    public static Optional<Pipeline> byDefault() {
        return find("isDefault", true).firstResultOptional();
    }

    /** A pipeline by its key, or by its id when the text is a number (keys always hold a letter). */
    public static Optional<Pipeline> byIdOrKey(String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        String text = idOrKey.strip();
        return text.matches("\\d{1,18}") ? findByIdOptional(Long.valueOf(text)) : find("key", text).firstResultOptional();
    }

    public static List<Pipeline> allByName() {
        return list("order by name");
    }

    public boolean refusesOpenExitItems() {
        return REFUSE.equals(exitRule);
    }
}

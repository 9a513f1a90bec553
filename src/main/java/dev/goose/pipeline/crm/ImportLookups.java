package dev.goose.pipeline.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.crm.DealCsv.Row;
import dev.goose.pipeline.deal.Deal;
import dev.goose.pipeline.stage.Pipeline;
import dev.goose.pipeline.stage.Stage;

/**
 * What a deal import looks up, read in a few queries before any row is checked: the pipelines and
 * their stages, the owners named, and the deals the rows' external ids name. Checking 10,000 rows
 * then asks the database nothing, and no query runs between the writes that would make Hibernate
 * flush and dirty-check everything the import has written so far.
 */
final class ImportLookups {

    /** Lists in an {@code in} clause are cut to this size, well under every database's limit. */
    static final int CHUNK = 500;

    private final Map<String, Pipeline> pipelines = new HashMap<>();
    private final Map<Long, Map<String, Stage>> stages = new HashMap<>();
    private final Map<String, Member> owners = new HashMap<>();
    private final Map<String, Deal> existing = new HashMap<>();
    private final Pipeline defaultPipeline;

    ImportLookups(List<Row> rows) {
        Pipeline fallback = null;
        for (Pipeline pipeline : Pipeline.<Pipeline>listAll()) {
            pipelines.put(pipeline.key, pipeline);
            pipelines.put(pipeline.id.toString(), pipeline);
            fallback = pipeline.isDefault ? pipeline : fallback;
        }
        defaultPipeline = fallback;
        for (Stage stage : Stage.<Stage>list("retiredAt is null")) {
            stages.computeIfAbsent(stage.pipeline.id, id -> new HashMap<>()).put(stage.key, stage);
        }
        List<String> emails = rows.stream().map(Row::ownerEmail).filter(Objects::nonNull).map(People::normalizeEmail)
                .distinct().toList();
        for (List<String> chunk : chunks(emails)) {
            People.byEmails(chunk).forEach(p -> owners.put(p.email(), p));
        }
        // by source, then external ids: the unique index on (source, external_id) answers each chunk
        Map<String, List<String>> idsBySource = rows.stream().filter(r -> r.source() != null && r.externalId() != null)
                .collect(Collectors.groupingBy(Row::source, Collectors.mapping(Row::externalId, Collectors.toList())));
        idsBySource.forEach((source, ids) -> {
            for (List<String> chunk : chunks(ids.stream().distinct().toList())) {
                Deal.getEntityManager().createQuery("select d from Deal d join fetch d.pipeline"
                        + " join fetch d.stage where d.source = ?1 and d.externalId in ?2", Deal.class)
                        .setParameter(1, source).setParameter(2, chunk).getResultList()
                        .forEach(d -> existing.put(key(d.source, d.externalId), d));
            }
        });
    }

    /** A pipeline by key or id, as the CSV names it. */
    Optional<Pipeline> pipeline(String idOrKey) {
        return Optional.ofNullable(pipelines.get(idOrKey.strip()));
    }

    Optional<Pipeline> defaultPipeline() {
        return Optional.ofNullable(defaultPipeline);
    }

    /** A stage of a pipeline that is not retired. */
    Optional<Stage> stage(Pipeline pipeline, String key) {
        return Optional.ofNullable(stages.getOrDefault(pipeline.id, Map.of()).get(key));
    }

    Optional<Member> owner(String email) {
        return Optional.ofNullable(owners.get(People.normalizeEmail(email)));
    }

    /** The deal a row's source and external id name; a row without a source names none, as the unique key allows. */
    Optional<Deal> existing(Row row) {
        return row.source() == null || row.externalId() == null ? Optional.empty()
                : Optional.ofNullable(existing.get(key(row.source(), row.externalId())));
    }

    static String key(String source, String externalId) {
        return source + "\u0000" + externalId;
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}

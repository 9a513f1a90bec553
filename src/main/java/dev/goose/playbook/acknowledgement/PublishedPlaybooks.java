package dev.goose.playbook.acknowledgement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.playbook.Playbook;
import dev.goose.playbook.PlaybookVersion;
import dev.goose.playbook.acknowledgement.AcknowledgementDue.PublishedVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every published playbook with its audience and major versions, read in two queries and kept until
 * a playbook changes: the digest and the banner ask for it once per person.
 */
@ApplicationScoped
class PublishedPlaybooks {

    @Inject
    Caches caches;

    private ReadCache<Boolean, List<PublishedPlaybook>> all;

    @PostConstruct
    void init() {
        all = caches.of("published-playbooks", 1, Region.PLAYBOOKS);
    }

    /** Published playbooks by title. */
    public List<PublishedPlaybook> all() {
        return all.get(Boolean.TRUE, () -> QuarkusTransaction.joiningExisting().call(PublishedPlaybooks::load));
    }

    public Optional<PublishedPlaybook> bySlug(String slug) {
        return all().stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    private static List<PublishedPlaybook> load() {
        Map<Long, List<PublishedVersion>> versions = new HashMap<>();
        PlaybookVersion.getEntityManager().createQuery("select v.playbook.id, v.number, v.major from PlaybookVersion v",
                Object[].class).getResultList().forEach(row -> versions.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new PublishedVersion((Integer) row[1], (Boolean) row[2])));
        return Playbook.<Playbook>list("currentNumber > 0 order by lower(title)").stream()
                .map(p -> new PublishedPlaybook(p.id, p.slug, p.title, p.currentNumber, PublishedPlaybook.audienceOf(p.audience),
                        versions.getOrDefault(p.id, List.of())))
                .toList();
    }
}

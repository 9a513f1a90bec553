package dev.goose.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.playbook.markdown.ChecklistItem;
import dev.goose.playbook.markdown.GuideSlicer;
import dev.goose.playbook.markdown.Section;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The stage guides of a pipeline stage: every section of a published playbook marked with that
 * stage's key, with its HTML cut from the version rendered at publish and its exit checklist.
 */
@ApplicationScoped
public class StageGuides {

    /** One guide: the section, the version it comes from, its script and its exit items. */
    public record Guide(Long playbookId, String slug, String playbookTitle, int version, String anchor, String title,
            String html, List<ChecklistItem> items) {

        /** How a stage change records what was shown: "sales/stages@3". */
        public String versionLabel() {
            return slug + "@" + version;
        }
    }

    @Inject
    Caches caches;

    private ReadCache<String, List<Guide>> byStage;

    @PostConstruct
    void init() {
        byStage = caches.of("stage-guides", 1_000, Region.PLAYBOOKS);
    }

    /**
     * The guides of a stage. Versions never change once published, so resolved guides stay right
     * until a playbook changes: from memory, without a transaction, on almost every call.
     */
    public List<Guide> forStage(String stageKey) {
        return byStage.get(stageKey, () -> QuarkusTransaction.joiningExisting().call(() -> resolve(stageKey)));
    }

    private List<Guide> resolve(String stageKey) {
        List<Object[]> rows = VersionSection.getEntityManager().createQuery(
                "select v, s.position from VersionSection s join s.version v join fetch v.playbook p"
                        + " where s.stage = ?1 and v.number = p.currentNumber order by lower(p.title), s.position", Object[].class)
                .setParameter(1, stageKey).getResultList();
        List<Guide> guides = new ArrayList<>();
        for (Object[] row : rows) {
            PlaybookVersion version = (PlaybookVersion) row[0];
            int position = (Integer) row[1];
            List<Section> outline = VersionSection.sectionsOf(version);
            Section section = outline.get(position);
            Set<String> extent = GuideSlicer.extent(outline, position);
            List<ChecklistItem> items = VersionItem.itemsOf(version).stream().filter(i -> extent.contains(i.section())).toList();
            Playbook playbook = version.playbook;
            guides.add(new Guide(playbook.id, playbook.slug, playbook.title, version.number, section.anchor(), section.title(),
                    GuideSlicer.html(version.html, section.anchor()), items));
        }
        return List.copyOf(guides);
    }
}

package dev.goose.playbook.markdown;

import java.util.List;

/**
 * Everything Goose takes from one playbook source: its metadata, its sanitized HTML, its outline,
 * checklist items and stage links. Computed once, at publish, and stored with the version.
 * {@code edition} is the front matter's edition, or null: raising it makes the version major.
 */
public record ParsedPlaybook(String title, String slug, Kind kind, List<String> audience, String owner, String summary,
        java.time.LocalDate reviewBy, String edition, String html, List<Section> sections, List<ChecklistItem> items,
        List<ParseProblem> warnings) {

    /** Sections linked to a pipeline stage: the stage guides this playbook contributes. */
    public List<Section> stageSections() {
        return sections.stream().filter(section -> section.stage() != null).toList();
    }
}

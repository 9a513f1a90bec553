package dev.goose.playbook.markdown;

/**
 * A heading and what follows it up to the next heading. The anchor is stable across versions;
 * {@code stage} links the section to a pipeline stage; {@code source} is its Markdown, {@code text}
 * its plain text for search.
 */
public record Section(String anchor, String title, int level, String stage, int line, String source, String text) {
}

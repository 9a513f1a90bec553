/**
 * Markdown in, a parsed playbook out: front matter, sections with stable anchors, checklist items with
 * stable ids, stage links, sanitised HTML, warnings with their line, and diffs. Plain Java, no framework.
 */
package dev.goose.playbook.markdown;

/**
 * Playbooks: Markdown in, immutable numbered versions out, with their sections, checklist items and
 * stage links; diffs between any two versions; the folder sync; authoring and search.
 */
package dev.goose.playbook;

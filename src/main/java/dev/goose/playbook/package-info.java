/**
 * Playbooks and their immutable numbered versions (sections, checklist items, stage links), the one
 * place that publishes a version, and the stage guides other features read.
 */
package dev.goose.playbook;

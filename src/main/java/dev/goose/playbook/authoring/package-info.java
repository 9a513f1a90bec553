/**
 * Writing and reading playbooks in the browser and the API: drafts, preview, review, publish, history,
 * diffs between any two versions and search.
 */
package dev.goose.playbook.authoring;

/**
 * Incentive plans: written in playbooks as {@code plan} blocks (read and computed in {@code plan}, plain
 * Java with exact money), shown on the playbook's page and in the editor's preview.
 */
package dev.goose.incentive;

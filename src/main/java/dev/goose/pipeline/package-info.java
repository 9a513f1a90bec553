/**
 * The light CRM: pipelines and their stages (shaped by managers), deals and their stage history, and
 * the stage guides (playbook sections linked to a stage key) that a deal shows with its exit checklist.
 */
package dev.goose.pipeline;

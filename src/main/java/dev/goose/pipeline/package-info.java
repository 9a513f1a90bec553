/**
 * The light CRM: pipelines and their stages, deals and their stage history, and the stage guides
 * (playbook sections linked to a stage) that a deal shows with its exit checklist.
 */
package dev.goose.pipeline;

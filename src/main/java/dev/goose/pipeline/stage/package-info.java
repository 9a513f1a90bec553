/**
 * Pipelines and their stages as managers shape them: keys, order, limits, exit rules and the mapping
 * from a CRM's stage ids to stage keys.
 */
package dev.goose.pipeline.stage;

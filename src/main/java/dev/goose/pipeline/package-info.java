/**
 * The light CRM, in three parts: pipelines and their stages (stage), deals with their stage history,
 * exit-checklist ticks and stage guides (deal), and the feeds that bring deals from a CRM (crm).
 */
package dev.goose.pipeline;

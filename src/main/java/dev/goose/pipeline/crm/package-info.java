/**
 * Deals fed from outside: HubSpot webhooks checked by signature and applied in order, the CSV import
 * and export, and the embed API that a CRM card calls.
 */
package dev.goose.pipeline.crm;

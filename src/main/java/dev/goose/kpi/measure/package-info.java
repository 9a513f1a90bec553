/**
 * Numbers in: one-click logging of activity (also from a deal), audited corrections, and the
 * all-or-nothing, idempotent import of measurements by CSV or JSON.
 */
package dev.goose.kpi.measure;
